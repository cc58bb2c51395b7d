// Course outline: a collapsed <details> on phones, opened as a sidebar on wide screens.
(function () {
  var wide = window.matchMedia("(min-width: 1024px)");
  function sync() {
    document.querySelectorAll("details[data-outline]").forEach(function (el) {
      el.open = wide.matches;
    });
  }
  sync();
  wide.addEventListener("change", sync);
})();
