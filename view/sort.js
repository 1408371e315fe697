document.querySelectorAll("table.sortable th button").forEach(function (b) {
  b.onclick = function () {
    var th = b.parentNode, col = th.cellIndex, body = th.closest("table").tBodies[0], num = th.classList.contains("num");
    var up = th.getAttribute("aria-sort") !== "ascending";
    th.closest("tr").querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    var key = function (r) { var t = r.cells[col].textContent; return num ? parseFloat(t) : t; };
    Array.from(body.rows).sort(function (x, y) { var a = key(x), c = key(y), d = num ? a - c : String(a).localeCompare(c, document.documentElement.lang); return up ? d : -d; }).forEach(function (r) { body.appendChild(r); });
  };
});
