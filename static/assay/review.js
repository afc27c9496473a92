// Keyboard shortcuts and select-to-redact for the Assay review page. No inline script, so
// the page works under a Content-Security-Policy without 'unsafe-inline'.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function submit(id) {
    var form = document.getElementById(id);
    if (form) form.requestSubmit();
    return Boolean(form);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (event.key === "Escape" && typing(target)) {
      target.blur();
      return;
    }
    if (event.key === "Enter" && target && target.id === "id_reason") {
      // A select does not submit its form on Enter; here it does.
      event.preventDefault();
      submit("reject-form");
      return;
    }
    if (typing(target)) return;
    var handled = true;
    switch (event.key) {
      case "a": {
        var dataset = document.getElementById("id_dataset");
        if (dataset && !dataset.value.trim()) dataset.focus();
        else handled = submit("approve-form");
        break;
      }
      case "r": {
        var reason = document.getElementById("id_reason");
        if (reason && reason.value) handled = submit("reject-form");
        else if (reason) reason.focus();
        else handled = false;
        break;
      }
      case "s":
        handled = submit("skip-form");
        break;
      case "n": {
        var next = document.getElementById("next-link");
        if (next) window.location.assign(next.href);
        else handled = false;
        break;
      }
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });

  // Selecting text in the transcript proposes it for "redact more".
  document.addEventListener("mouseup", function () {
    var transcript = document.getElementById("transcript");
    var field = document.getElementById("id_value");
    var selection = window.getSelection();
    if (!transcript || !field || !selection || selection.isCollapsed) return;
    if (!transcript.contains(selection.anchorNode)) return;
    var text = selection.toString().trim();
    if (text && text.length <= 200) field.value = text;
  });
})();
