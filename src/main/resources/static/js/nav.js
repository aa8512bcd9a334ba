// The phone menu's disclosure button (see templates/nav.html): without this script the 菜单 link and
// :target do the same job, so the menu never depends on script.
(function () {
  'use strict';

  function init() {
    var nav = document.querySelector('.site-nav');
    var button = nav && nav.querySelector('[data-menu-button]');
    var menu = document.getElementById('site-menu');
    if (!button || !menu) {
      return;
    }
    function show(open) {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    }
    button.hidden = false;
    nav.classList.add('scripted');
    show(window.location.hash === '#site-menu');
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        show(false);
        button.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
