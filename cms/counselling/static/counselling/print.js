// The meeting brief's "Imprimer" button (no inline script, so a strict CSP can be added later).
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("print-brief");
  if (button) button.addEventListener("click", () => window.print());
});
