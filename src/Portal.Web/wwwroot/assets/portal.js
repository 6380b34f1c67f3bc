// Portal's client script: what must happen in the browser itself. Time counters tick here (no server round trips),
// the call alert sound plays, confetti flies, and hotkeys are passed to the agent desk.
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    var mm = (m < 10 ? "0" : "") + m, ss = (r < 10 ? "0" : "") + r;
    return h > 0 ? h + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  // data-since (epoch ms) and data-elapsed (seconds at render) come from the server; the browser's clock may differ.
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-since]").forEach(function (el) {
      if (el._portalSince !== el.dataset.since) {
        el._portalSince = el.dataset.since;
        el._portalBase = now - Number(el.dataset.elapsed || 0) * 1000;
      }
      var text = format((now - el._portalBase) / 1000);
      if (el.textContent !== text) { el.textContent = text; }
    });
    // The agent's tab title carries the state and its time ("INCALL 02:14 · Portal") while they work in another tab.
    var status = document.querySelector("[data-page-title]"), timer = status && status.querySelector(".state-timer");
    if (timer) {
      var title = status.dataset.pageTitle.replace("{time}", timer.textContent);
      if (document.title !== title) { document.title = title; }
    }
  }
  setInterval(tick, 1000);
  // A re-render (new state, new call) shows its time at once rather than at the next second.
  new MutationObserver(function () { tick(); }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-since", "data-page-title"] });

  var hotkeyHandler = null;

  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  window.portal = {
    playAlert: function () {
      try {
        var audio = new Audio("assets/sounds/call-alert.wav");
        var played = audio.play();
        if (played && played.catch) { played.catch(function () { /* the browser blocked sound before any click */ }); }
      } catch (e) { /* no audio device */ }
    },

    // Hotkeys: single keys when the agent is not typing in a field; .NET decides what each key does.
    registerHotkeys: function (dotnet) {
      window.portal.unregisterHotkeys();
      hotkeyHandler = function (e) {
        // Enter confirms a disposition wherever the focus is in its panel, except in a text area (a new line there).
        var confirming = e.key === "Enter" && e.target.closest && e.target.closest(".dispo-panel") && e.target.tagName !== "TEXTAREA";
        if (e.ctrlKey || e.altKey || e.metaKey || (isTyping(e.target) && !confirming)) { return; }
        var key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
        dotnet.invokeMethodAsync("OnHotkey", key).then(function (handled) { if (handled) { e.preventDefault(); } });
      };
      document.addEventListener("keydown", hotkeyHandler);
    },

    // Posts a form rendered by Blazor (e.g. sign-out, which must be a POST with its antiforgery token).
    submitForm: function (id) {
      var form = document.getElementById(id);
      if (form) { form.submit(); }
    },

    unregisterHotkeys: function () {
      if (hotkeyHandler) { document.removeEventListener("keydown", hotkeyHandler); hotkeyHandler = null; }
    },

    // A confetti burst: seconds, particle count and speed as VICIdial's send_notification defines them.
    confetti: function (seconds, particles, speed) {
      var canvas = document.createElement("canvas");
      canvas.className = "portal-confetti";
      canvas.setAttribute("aria-hidden", "true");
      canvas.width = window.innerWidth; canvas.height = window.innerHeight;
      document.body.appendChild(canvas);
      var ctx = canvas.getContext("2d");
      var colors = ["#e53935", "#fdd835", "#43a047", "#1e88e5", "#8e24aa", "#fb8c00"];
      var pieces = [];
      for (var i = 0; i < particles; i++) {
        pieces.push({
          x: Math.random() * canvas.width, y: -20 - Math.random() * canvas.height * 0.5,
          vx: (Math.random() - 0.5) * 2 * speed, vy: (1 + Math.random() * 2) * speed,
          size: 5 + Math.random() * 6, angle: Math.random() * Math.PI, spin: (Math.random() - 0.5) * 0.3,
          color: colors[i % colors.length]
        });
      }
      var end = Date.now() + seconds * 1000;
      (function frame() {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        pieces.forEach(function (p) {
          p.x += p.vx; p.y += p.vy; p.angle += p.spin;
          if (p.y > canvas.height + 20 && Date.now() < end) { p.y = -20; }
          ctx.save(); ctx.translate(p.x, p.y); ctx.rotate(p.angle);
          ctx.fillStyle = p.color; ctx.fillRect(-p.size / 2, -p.size / 4, p.size, p.size / 2); ctx.restore();
        });
        if (Date.now() < end + 3000) { requestAnimationFrame(frame); } else { canvas.remove(); }
      })();
      return pieces.length;
    }
  };
})();
