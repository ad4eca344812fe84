// The annotated page of extract: a tooltip with the normalised value on hover or focus, per-kind toggles,
// and a figure, date or claim that a claim carries takes you to that claim. No network, no libraries.
(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.className = "x-tip";
  tip.setAttribute("role", "tooltip");
  tip.id = "x-tip";
  tip.hidden = true;
  document.body.appendChild(tip);

  // a page of one article is titled by it (tabs, bookmarks, the printed header)
  var docs = document.querySelectorAll("article.doc");
  if (docs.length === 1) {
    document.title = docs[0].querySelector("h1").textContent + " \u2014 extract";
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.fact") : null;
  }
  function show(mark) {
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(4, Math.min(r.left, width - tip.offsetWidth - 4));
    tip.style.left = (window.scrollX + left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 4) + "px";
    mark.setAttribute("aria-describedby", "x-tip");
  }
  function hide() {
    tip.hidden = true;
  }
  function goToClaim(mark) {
    var card = document.getElementById(mark.getAttribute("data-claim"));
    if (!card) {
      return false;
    }
    card.scrollIntoView({block: "center"});
    card.focus({preventScroll: true});
    card.classList.add("flash");
    setTimeout(function () { card.classList.remove("flash"); }, 1500);
    return true;
  }

  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m) { show(m); } else { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) { show(m); } else { hide(); }
  });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m && m.hasAttribute("data-claim") && goToClaim(m)) { e.preventDefault(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    var m = markOf(e.target);
    if (m && (e.key === "Enter" || e.key === " ") && m.hasAttribute("data-claim") && goToClaim(m)) {
      e.preventDefault();
    }
  });
  // for browsers without CSS :has(), the toggles also set a class on the article
  document.addEventListener("change", function (e) {
    var box = e.target;
    if (box.matches && box.matches("input[data-kind]")) {
      box.closest("article").classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    }
  });
})();
