// Progress of a batch check or a retrain: polls the job's progress (JSON: done, total, running, text) and
// reloads the page once it is done. Every page works without this script (a "refresh" link); it is the
// console's only script.
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
        if (typeof state.done === "number" && state.total) {
          bar.max = state.total;
          bar.value = state.done;
        } else {
          bar.removeAttribute("value");  // a step without a count: an indeterminate bar
        }
        if (text.textContent !== state.text) text.textContent = state.text;
        if (state.running) { window.setTimeout(poll, 2000); } else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
