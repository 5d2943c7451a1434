/* Speaker suggestions for any <input data-suggest-url>: progressive enhancement.
   Without this script the box is a plain search field and the form still works.
   No inline code or styles, so it runs under a strict Content-Security-Policy. */
(function () {
  "use strict";
  var DELAY_MS = 150;

  function setup(input) {
    var list = document.createElement("ul");
    var listId = input.id + "-suggestions";
    var timer = null, active = -1, items = [], lastQuery = "";
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(i) {
      input.value = items[i].name;
      close();
      if (input.form) input.form.submit();
    }

    function highlight(i) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (el, j) { el.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", options[i].id);
    }

    function render(results) {
      items = results;
      list.textContent = "";
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("span");
        name.className = "suggestion-name";
        name.textContent = r.name;  /* textContent: names are untrusted text */
        li.appendChild(name);
        if (r.description) {
          var desc = document.createElement("span");
          desc.className = "suggestion-description";
          desc.textContent = r.description;
          li.appendChild(desc);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      active = -1;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (q.length < 2) { render([]); return; }
      var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(q);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data.results || []); })
        .catch(function () { render([]); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(active); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setup);
})();
