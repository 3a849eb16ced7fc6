/* global window */
// Injected into the Agents Playground page: window.readCard(el) returns what a person sees of one
// rendered Adaptive Card (.ac-adaptiveCard): its title, all visible text, the rows of its first
// table (header row left out) or of its records, and its buttons.
(function () {
  'use strict';
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  window.readCard = function (el) {
    const first = el.querySelector('.ac-richTextBlock, .ac-textBlock');
    const table = el.querySelector('[role="table"]');
    let rows = [];
    if (table) {
      const rowEls = Array.from(table.querySelectorAll('[role="row"]'));
      const cells = (r) => Array.from(r.querySelectorAll('[role="cell"], [role="columnheader"], [role="gridcell"]'));
      rows = rowEls.slice(1).map((r) => cells(r).map((c) => clean(c.innerText)));
    } else {
      // Wide answers come as records (src/cards/table-card.ts): a heading block with the first
      // cell, then one block of runs alternating "Label: " and value. Hosts differ in keeping
      // element ids, so records are found by that shape: a row is [heading, ...values].
      const leaf = (b) => Array.from(b.querySelectorAll('span')).filter((x) => x.children.length === 0);
      const isDetails = (b) => {
        const runs = leaf(b);
        return runs.length >= 2 && runs.length % 2 === 0 && runs.every((r, i) => i % 2 === 1 || /: $/.test(r.textContent || ''));
      };
      const blocks = Array.from(el.querySelectorAll('.ac-richTextBlock'));
      rows = blocks.flatMap((b, i) => {
        if (!isDetails(b) || i === 0) return [];
        const heading = blocks[i - 1];
        if (!heading || heading.parentElement !== b.parentElement || isDetails(heading)) return [];
        return [[clean(heading.innerText), ...leaf(b).filter((_, k) => k % 2 === 1).map((x) => clean(x.innerText))]];
      });
    }
    const buttons = Array.from(el.querySelectorAll('button'))
      .filter((b) => b.getBoundingClientRect().height > 0)
      .map((b) => clean(b.innerText) || clean(b.getAttribute('title')));
    return { title: first ? clean(first.innerText) : '', text: el.innerText || '', rows, buttons };
  };
})();
