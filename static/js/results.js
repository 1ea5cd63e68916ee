/* Move focus to the results a filter form just updated (htmx), so keyboard and screen-reader users
   land on the new list. Forms name their results region with data-focus-after-swap="#id".
   A file of its own because the site's CSP runs no inline script: htmx's hx-on attributes are
   evaluated as code and would be blocked. */
(function () {
  "use strict";
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    var selector = form && form.closest && form.closest("[data-focus-after-swap]");
    if (!selector) { return; }
    var target = document.querySelector(selector.getAttribute("data-focus-after-swap"));
    if (target) { target.focus(); }
  });
})();
