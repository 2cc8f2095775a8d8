// 体检: send the speech (uploaded file or pasted text) to /api/check, then show the text with each
// finding marked where it stands, and the findings beside it.
"use strict";
(() => {
  const form = document.getElementById("check-form");
  const status = document.getElementById("check-status");
  const kindNames = { place: "地名", year: "年份", level: "层级", figure: "数据", person: "人名", placeholder: "待填", copied: "照搬", numbering: "序号", punctuation: "标点", repeat: "重复" };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form).entries());
    const file = document.getElementById("check-file").files[0];
    if (!file && !fields.text.trim()) { bigan.status(status, "请上传讲话稿或粘贴正文。", true); return; }
    bigan.status(status, "正在体检……");
    try {
      let response;
      if (file) {
        const body = new FormData();
        body.append("file", file, file.name);
        for (const key of ["region", "year", "role", "org"]) if (fields[key]) body.append(key, fields[key]);
        response = await bigan.send("POST", "/api/check?lines=1", body, false);
      } else {
        const body = { text: fields.text };
        for (const key of ["region", "role", "org"]) if (fields[key]) body[key] = fields[key];
        if (fields.year) body.year = Number(fields.year);
        response = await bigan.send("POST", "/api/check?lines=1", body);
      }
      show(await response.json());
      status.classList.add("hidden");
    } catch (e) {
      bigan.status(status, e.message, true);
    }
  });

  function show(report) {
    const findings = report.findings || [];
    const byLine = new Map();
    findings.forEach((finding, n) => {
      if (!byLine.has(finding.line)) byLine.set(finding.line, []);
      byLine.get(finding.line).push({ finding, n });
    });
    const lines = report.lines || [];
    document.getElementById("check-text").innerHTML = lines.map((text, i) => {
      let html = bigan.escape(text);
      for (const { finding, n } of byLine.get(i + 1) || []) {
        const needle = bigan.escape(finding.text || "");
        const css = finding.kind === "copied" ? "copied-mark" : "finding-mark";
        if (needle && html.includes(needle)) {
          html = html.replace(needle, '<mark class="' + css + '" id="mark-' + n + '" title="' + bigan.escape(finding.why) + '">' + needle + "</mark>");
        }
      }
      return '<div class="line" id="line-' + (i + 1) + '">' + (html || "&nbsp;") + "</div>";
    }).join("");
    document.getElementById("check-findings").innerHTML = findings.length ? findings.map((finding, n) => {
      const source = finding.source && !(finding.why || "").includes(finding.source.file)
        ? "<br>出处：" + bigan.escape(finding.source.file) + " 第" + finding.source.line + "行" : "";
      const css = finding.kind === "copied" ? "copied" : finding.kind === "punctuation" || finding.kind === "repeat" || finding.kind === "numbering" ? "warning" : "";
      return '<div class="finding ' + css + '"><b>' + (kindNames[finding.kind] || finding.kind) + '</b> · <a href="#line-' + finding.line + '">第' + finding.line + "行</a>：" +
        bigan.escape(finding.text) + "<br>" + bigan.escape(finding.why) + source + "</div>";
    }).join("") : '<p class="notice">没有发现问题。</p>';
    const share = Math.round((report.copiedShare || 0) * 100);
    document.getElementById("check-summary").textContent = "发现 " + findings.length + " 处问题；照搬片段库的文字约占 " + share + "%";
    document.getElementById("check-result").classList.remove("hidden");
  }
})();
