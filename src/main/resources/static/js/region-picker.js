// With script, htmx brings each region picker's next level in place (region/picker.html), so the
// no-script 选择/更新 button goes: Enter in the form then submits the form's own button, not the picker's.
document.querySelectorAll('.picker-pick').forEach(function (button) { button.remove(); });
