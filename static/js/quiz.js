/*
 * Quiz page behaviour (docs/design.md, idea 6). Everything works without this file: forms post and the page
 * comes back. With it, ordering questions get "Move up" / "Move down" buttons that keep the position
 * selects in step, operable with the keyboard alone (focus stays on the moved step's button).
 * How htmx swaps refused answers into the feedback region and moves focus to the new feedback (or the
 * result, marked data-quiz-focus) is set up once for the site in htmx-setup.js.
 */
(function () {
  "use strict";

  function renumber(list) {
    var items = list.querySelectorAll(".quiz-order__item");
    items.forEach(function (item, index) {
      item.querySelector("select").value = String(index + 1);
      item.querySelector("[data-move='up']").disabled = index === 0;
      item.querySelector("[data-move='down']").disabled = index === items.length - 1;
    });
  }

  // The arrows are drawn, not typed: "↑" and "↓" are missing from common system UI fonts, and each missing glyph
  // costs a system-wide font fallback search in the middle of the page's first layout (main-thread blocking time).
  var SVG_NS = "http://www.w3.org/2000/svg";
  function arrowIcon(direction) {
    var svg = document.createElementNS(SVG_NS, "svg");
    var attributes = {
      viewBox: "0 0 24 24", width: "20", height: "20", "aria-hidden": "true", focusable: "false", fill: "none",
      stroke: "currentColor", "stroke-width": "2.5", "stroke-linecap": "round", "stroke-linejoin": "round"
    };
    Object.keys(attributes).forEach(function (name) { svg.setAttribute(name, attributes[name]); });
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", direction === "up" ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M5 12l7 7 7-7");
    svg.appendChild(path);
    return svg;
  }

  function makeButton(list, item, direction) {
    var button = document.createElement("button");
    var text = item.querySelector(".quiz-order__text").textContent;
    button.type = "button";
    button.className = "button button--secondary quiz-order__move";
    button.dataset.move = direction;
    button.setAttribute("aria-label", list.dataset[direction === "up" ? "moveUp" : "moveDown"] + ": " + text);
    button.appendChild(arrowIcon(direction));
    button.addEventListener("click", function () {
      var sibling = direction === "up" ? item.previousElementSibling : item.nextElementSibling;
      if (!sibling) return;
      if (direction === "up") list.insertBefore(item, sibling);
      else list.insertBefore(sibling, item);
      renumber(list);
      button.focus();
      if (button.disabled) {
        item.querySelector("[data-move='" + (direction === "up" ? "down" : "up") + "']").focus();
      }
    });
    return button;
  }

  function enhanceOrdering(root) {
    root.querySelectorAll("[data-quiz-order]:not([data-enhanced])").forEach(function (list) {
      list.dataset.enhanced = "true";
      list.querySelectorAll(".quiz-order__item").forEach(function (item) {
        var controls = item.querySelector(".quiz-order__controls");
        controls.appendChild(makeButton(list, item, "up"));
        controls.appendChild(makeButton(list, item, "down"));
        item.querySelector("select").addEventListener("change", function (event) {
          // A position picked from the list: move the step there, the others shift.
          var items = Array.prototype.slice.call(list.querySelectorAll(".quiz-order__item"));
          var wanted = parseInt(event.target.value, 10) - 1;
          items.splice(items.indexOf(item), 1);
          items.splice(wanted, 0, item);
          items.forEach(function (each) { list.appendChild(each); });
          renumber(list);
          event.target.focus();
        });
      });
      renumber(list);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { enhanceOrdering(document); });
  document.addEventListener("htmx:load", function (event) { enhanceOrdering(event.detail.elt); });
})();
