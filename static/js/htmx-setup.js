/*
 * htmx set up once for the whole site (docs/design.md, idea 6). Loaded right after htmx itself, wherever a page
 * loads htmx (templates/base.html, block htmx_script): a static file, because the site's CSP runs no inline
 * script. Page modules (quiz.js, lesson.js) add their own behaviour and never touch htmx's
 * responses or focus. Config reference: https://htmx.org/reference/#config
 */
(function () {
  "use strict";

  // Which answers are swapped in. htmx 2 swaps no 4xx answer by default; ours carry a message in the
  // learner's language meant for the region the form targets (a refused quiz answer 400/403/409, an
  // expired form 403, "Mark as done" refused 400/404). 5xx answers stay unswapped, as htmx does.
  // https://htmx.org/docs/#response-handling
  htmx.config.responseHandling = [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "4..", swap: true, error: false },
    { code: "[45]..", swap: false, error: true }
  ];

  // The results of the service map's filters are fetched with HX-Request and pushed to the history; when the
  // browser goes back to an entry htmx no longer has, it fetches the whole page again. With the header that
  // fetch would get only the results fragment (views answer HX-Request with a partial), so it goes without.
  htmx.config.historyRestoreAsHxRequest = false;

  // A 4xx that is empty (405 from a wrong method) or a whole page (Django's 404 page, when a quiz was
  // unpublished meanwhile) has nothing to put into a feedback region: it is left out, as any error is.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var body = event.detail.serverResponse || "";
    if (status >= 400 && status < 500 && (!body.trim() || /<html[\s>]/i.test(body))) {
      event.detail.shouldSwap = false;
      event.detail.isError = true;
    }
  });

  // After a swap, focus moves to the new content, so keyboards and screen readers follow it:
  //  - a form that names its results region (data-focus-after-swap="#id") sends focus there;
  //  - otherwise to the element of the new content marked data-focus-after-swap (data-quiz-focus on quiz
  //    pages). htmx fires afterSettle on each part it put in (the target, each out-of-band part), so
  //    only new content is searched and marks left from earlier swaps are never followed.
  // Settle, not swap: out-of-band parts of the response (the quiz result) are in place by then.
  var MARKED = "[data-focus-after-swap=''], [data-quiz-focus]";
  document.addEventListener("htmx:afterSettle", function (event) {
    var asker = event.detail.requestConfig && event.detail.requestConfig.elt;
    var form = asker && asker.closest && asker.closest("[data-focus-after-swap]:not([data-focus-after-swap=''])");
    var target;
    if (form) {
      target = document.querySelector(form.getAttribute("data-focus-after-swap"));
    } else if (event.target.matches) {
      target = event.target.matches(MARKED) ? event.target : event.target.querySelector(MARKED);
    }
    if (target) { target.focus(); }
  });
})();
