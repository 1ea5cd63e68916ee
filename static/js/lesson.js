// Lesson page helpers, loaded with defer: the "Listen" button. An enhancement; the lesson works fully without it.
// "Mark as done" is htmx, set up once for the site in htmx-setup.js (refusals swapped in, focus after the swap).
(function () {
  "use strict";

  // "Listen": read the lesson aloud with the browser's speech synthesis, in the page's language.
  // The button stays hidden unless the browser can speak and has a voice for that language.
  var button = document.querySelector("[data-listen]");
  var body = document.querySelector("[data-lesson-body]");
  var lang = document.documentElement.lang || "fi";
  var synth;

  function voiceFor(language) {
    var voices = synth.getVoices();
    var base = language.toLowerCase().split("-")[0];
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === base) { return voices[i]; }
    }
    return null;
  }

  function setSpeaking(speaking) {
    button.setAttribute("aria-pressed", speaking ? "true" : "false");
    button.textContent = speaking ? button.dataset.labelStop : button.dataset.labelListen;
  }

  function offerListen() {
    if (voiceFor(lang)) { button.hidden = false; }
  }

  // The first touch of window.speechSynthesis sets up the browser's speech service, which can take several
  // milliseconds; done after the load event in a task of its own, it stays out of the page's start-up
  // (where it counted as main-thread blocking time). The button is hidden until then anyway.
  function setUpListen() {
    synth = window.speechSynthesis;
    if (!synth) { return; }
    offerListen();
    if ("onvoiceschanged" in synth) { synth.addEventListener("voiceschanged", offerListen); }
    button.addEventListener("click", function () {
      if (synth.speaking) { synth.cancel(); setSpeaking(false); return; }
      var utterance = new SpeechSynthesisUtterance(body.innerText);
      utterance.lang = lang;
      utterance.voice = voiceFor(lang);
      utterance.onend = function () { setSpeaking(false); };
      utterance.onerror = function () { setSpeaking(false); };
      synth.speak(utterance);
      setSpeaking(true);
    });
    window.addEventListener("pagehide", function () { synth.cancel(); });
  }

  function later() { window.setTimeout(setUpListen, 0); }
  if (button && body && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    if (document.readyState === "complete") { later(); } else { window.addEventListener("load", later); }
  }
})();
