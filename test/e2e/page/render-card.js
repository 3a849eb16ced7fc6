/* global AdaptiveCards, document, window, getComputedStyle */
// Runs in the browser page of the card gallery, after adaptivecards.min.js (the official renderer).
// window.renderCard(card, hostConfig, width, theme) renders one card into #host and returns what a
// test needs to judge how it reads: renderer warnings, elements wider than their box, empty text
// blocks, low-contrast text, the buttons and the card's size.
(function () {
  'use strict';

  function rgba(css) {
    const m = /rgba?\(([^)]+)\)/.exec(css || '');
    if (!m) return null;
    const p = m[1].split(',').map((s) => parseFloat(s));
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }

  function luminance(c) {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }

  function over(fg, bg) {
    const a = fg.a;
    return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
  }

  /** The opaque background behind `el`: its ancestors' backgrounds blended top-down. */
  function backgroundOf(el) {
    const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  }

  function contrast(a, b) {
    const la = luminance(a); const lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  function describe(el) {
    const cls = (el.className && typeof el.className === 'string') ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    const text = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return el.tagName.toLowerCase() + cls + (text ? ` "${text}"` : '');
  }

  window.renderCard = function (card, hostConfig, width, theme) {
    const host = document.getElementById('host');
    host.innerHTML = '';
    host.style.width = width + 'px';
    document.body.className = theme;

    const ac = new AdaptiveCards.AdaptiveCard();
    ac.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
    const context = new AdaptiveCards.SerializationContext();
    ac.parse(card, context);
    const warnings = [];
    for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
    const el = ac.render();
    if (!el) throw new Error('render() returned nothing');
    host.appendChild(el);

    return Object.assign({ warnings }, window.measureCard());
  };

  /**
   * How the card in #host reads. `edge`: boxes sticking out of the card; `cut`: text clipped
   * (ellipsis); `spill`: text running out of its own box (a long unbreakable word); each with
   * `inQuery` when it lies inside the "Show query" container.
   */
  window.measureCard = function () {
    const el = document.querySelector('#host > *');
    const root = el.getBoundingClientRect();
    const query = document.getElementById('entra-ask-query');
    const edge = [];
    const cut = [];
    const spill = [];
    const emptyText = [];
    const lowContrast = [];
    for (const n of el.querySelectorAll('*')) {
      const r = n.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // hidden (e.g. the query before "Show query")
      const style = getComputedStyle(n);
      if (style.visibility === 'hidden') continue;
      const inQuery = !!(query && query.contains(n));
      const isText = n.matches('.ac-textRun, .ac-textBlock *, .ac-richTextBlock *');
      if (!isText && (r.right > root.right + 1 || r.left < root.left - 1)) {
        edge.push({ what: `${describe(n)} spans x ${Math.round(r.left - root.left)}…${Math.round(r.right - root.left)} of a ${Math.round(root.width)} px card`, inQuery });
      }
      if (n.scrollWidth > n.clientWidth + 1 && n.clientWidth > 0 && style.overflowX !== 'visible') {
        cut.push({ what: `${describe(n)}: ${n.scrollWidth} px of content in ${n.clientWidth} px`, inQuery });
      }
      if (n.matches('.ac-textRun')) {
        const box = n.closest('.ac-textBlock, .ac-richTextBlock') || n.parentElement;
        const b = box.getBoundingClientRect();
        const cell = n.closest('[role="cell"], [role="columnheader"], .ac-container, .ac-adaptiveCard');
        const c = cell ? cell.getBoundingClientRect() : root;
        const inTable = !!n.closest('[role="table"]');
        if (r.right > Math.min(b.right, c.right) + 3) spill.push({ what: `${describe(n)} runs ${Math.round(r.right - Math.min(b.right, c.right))} px out of its box`, inQuery, inTable });
      }
      if (n.matches('.ac-textBlock, .ac-richTextBlock') && !(n.innerText || '').trim()) emptyText.push(describe(n));
      const ownText = Array.from(n.childNodes).some((x) => x.nodeType === 3 && x.textContent.trim());
      if (ownText) {
        const fg = rgba(style.color);
        if (fg) {
          const bg = backgroundOf(n);
          const ratio = contrast(over(fg, bg), bg);
          if (ratio < 3) lowContrast.push(`${describe(n)} contrast ${ratio.toFixed(2)}:1 (${style.color} on rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)}))`);
        }
      }
    }
    const buttons = Array.from(el.querySelectorAll('button, .ac-pushButton')).map((b) => (b.innerText || b.getAttribute('title') || '').trim());
    return { edge, cut, spill, emptyText, lowContrast, buttons: Array.from(new Set(buttons)), width: root.width, height: root.height };
  };

  /** Clicks the first button whose text starts with `prefix`; returns whether there was one. */
  window.clickButton = function (prefix) {
    const b = Array.from(document.querySelectorAll('#host button, #host .ac-pushButton'))
      .find((x) => (x.getAttribute('title') || x.innerText || '').trim().startsWith(prefix));
    if (!b) return false;
    b.click();
    return true;
  };

  /** The text of the visible container with the given id (e.g. the query behind "Show query"). */
  window.visibleText = function (id) {
    const n = document.getElementById(id);
    if (!n) return null;
    const r = n.getBoundingClientRect();
    return r.height > 0 && getComputedStyle(n).display !== 'none' ? n.innerText : '';
  };
})();
