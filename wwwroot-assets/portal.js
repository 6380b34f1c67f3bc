// Portal's small client script. Time-in-state counters tick here, in the browser, so a ticking clock
// costs the server nothing: the server renders data-since (epoch ms) and data-elapsed (seconds at render).
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    var mm = (m < 10 ? "0" : "") + m, ss = (r < 10 ? "0" : "") + r;
    return h > 0 ? h + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-since]").forEach(function (el) {
      // Re-base whenever the server renders a new moment; the browser's clock may differ from the server's.
      if (el._portalSince !== el.dataset.since) {
        el._portalSince = el.dataset.since;
        el._portalBase = now - Number(el.dataset.elapsed || 0) * 1000;
      }
      var text = format((now - el._portalBase) / 1000);
      if (el.textContent !== text) { el.textContent = text; }
    });
  }

  setInterval(tick, 1000);
})();
