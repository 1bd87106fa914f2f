// Batch check progress: polls the job's progress and reloads the page once it is done. The page works
// without this script (a "refresh" link); it is the console's only script.
(function () {
  "use strict";
  var box = document.querySelector("[data-progress]");
  if (!box) return;
  var bar = box.querySelector("progress");
  var text = box.querySelector("[role=status]");
  function poll() {
    fetch(box.getAttribute("data-progress"), { credentials: "same-origin", cache: "no-store" })
      .then(function (reply) { return reply.ok ? reply.json() : null; })
      .then(function (state) {
        if (!state) return;
        bar.value = state.done;
        text.textContent = state.done + " van " + state.total + " vragen klaar.";
        if (state.running) { window.setTimeout(poll, 2000); } else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
