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
      // cell, then one block of runs alternating "Label: " and value. A row is [heading, ...values].
      rows = Array.from(el.querySelectorAll('[id^="entra-ask-row-"]')).map((rec) => {
        const blocks = rec.querySelectorAll('.ac-richTextBlock');
        const runs = blocks[1] ? Array.from(blocks[1].querySelectorAll('span')).filter((s) => s.children.length === 0) : [];
        return [clean(blocks[0] && blocks[0].innerText), ...runs.filter((_, i) => i % 2 === 1).map((s) => clean(s.innerText))];
      });
    }
    const buttons = Array.from(el.querySelectorAll('button'))
      .filter((b) => b.getBoundingClientRect().height > 0)
      .map((b) => clean(b.innerText) || clean(b.getAttribute('title')));
    return { title: first ? clean(first.innerText) : '', text: el.innerText || '', rows, buttons };
  };
})();
