// Buttons marked data-print open the browser's print dialog; the print stylesheet leaves the list.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
}());
