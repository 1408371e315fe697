document.querySelectorAll("table.sortable th").forEach(function (th) {
  th.onclick = th.onkeydown = function (e) {
    if (e.type === "keydown" && e.key !== "Enter" && e.key !== " ") return;
    var col = th.cellIndex, body = th.closest("table").tBodies[0], num = th.classList.contains("num");
    var up = th.getAttribute("aria-sort") !== "ascending";
    th.parentNode.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    var key = function (r) { var t = r.cells[col].textContent; return num ? parseFloat(t) : t; };
    Array.from(body.rows).sort(function (x, y) { var a = key(x), c = key(y), d = num ? a - c : String(a).localeCompare(c, document.documentElement.lang); return up ? d : -d; }).forEach(function (r) { body.appendChild(r); });
  };
});
