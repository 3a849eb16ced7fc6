/* global window, getComputedStyle */
// Injected into the Agents Playground page: window.cutText(el) lists the text of one rendered card
// (.ac-adaptiveCard) that a person cannot read whole: the title (first text block) and every shown
// button, measured as the host laid them out. An element is cut when its content is wider than its
// box and the box clips it (overflow not visible, e.g. text-overflow: ellipsis), or when the text a
// person sees ends with "…" while the card sent it longer.
(function () {
  'use strict';
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  function clipped(n) {
    const style = getComputedStyle(n);
    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    return clips && n.clientWidth > 0 && n.scrollWidth > n.clientWidth + 1;
  }
  function cutIn(root, what) {
    const out = [];
    for (const n of [root, ...root.querySelectorAll('*')]) {
      const r = n.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (clipped(n)) out.push(`${what} "${clean(root.innerText || root.getAttribute('title')).slice(0, 80)}": ${n.scrollWidth} px of text in ${n.clientWidth} px (${getComputedStyle(n).textOverflow === 'ellipsis' ? 'ellipsis' : 'clipped'})`);
    }
    return out;
  }
  window.cutText = function (el) {
    const out = [];
    const title = el.querySelector('.ac-richTextBlock, .ac-textBlock');
    if (title) out.push(...cutIn(title, 'title'));
    for (const b of el.querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      if (r.height === 0) continue; // hidden until a toggle shows it
      out.push(...cutIn(b, 'button'));
    }
    return Array.from(new Set(out));
  };
})();
