package org.improvementnotice.reports;

/** The HTML report's style sheet, inline in the document. Colours keep a contrast of at least 4.5:1 for text. */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0 auto;padding:1em 1.5em;",
      "  color:#1a1a1a;max-width:1100px;line-height:1.45;font-size:16px}",
      "h1{font-size:1.8em;margin:.3em 0}h2{font-size:1.5em;margin:.2em 0}h3{font-size:1.25em;margin:1.4em 0 .4em}",
      "h4{font-size:1.05em;margin:1.1em 0 .2em}",
      "table{border-collapse:collapse;margin:.4em 0 1em;width:100%}",
      "th,td{border:1px solid #c8c8c8;padding:5px 8px;vertical-align:top;text-align:left;font-size:15px}",
      "thead th{background:#eeeeee}tbody th{font-weight:600;background:#fafafa;width:28%}",
      "table.contents td,table.journey td{font-size:15px}",
      "section.notice{border-top:4px solid #333;margin-top:2.2em;padding-top:.6em}",
      ".meta{color:#444;margin:.2em 0 .6em}",
      ".note{background:#fff8e1;border-left:5px solid #8a6d00;padding:.5em .8em}",
      ".verdict{padding:.6em 1em;border-left:10px solid;margin:.8em 0;background:#f7f7f7}",
      ".verdict p{margin:.15em 0}.verdict-words{font-size:1.35em;font-weight:700}",
      ".verdict.ok{border-color:#1e7b46}.verdict.failed{border-color:#b2182b}",
      "td.ok{color:#17663a;font-weight:600}td.failed{color:#a0151f;font-weight:600}",
      ".badge{display:inline-block;padding:1px 8px;border-radius:3px;font-weight:700;font-size:.9em;white-space:nowrap}",
      ".rag-red{background:#b2182b;color:#fff;fill:#b2182b}.rag-amber{background:#f2b233;color:#1a1a1a;fill:#f2b233}",
      ".rag-green{background:#1e7b46;color:#fff;fill:#1e7b46}.rag-grey{background:#d9d9d9;color:#1a1a1a;fill:#a6a6a6}",
      "ol.red-list{padding-left:1.4em}",
      "li.card{border:1px solid #e0b4b9;border-left:6px solid #b2182b;background:#fffafa;padding:.4em .9em;margin:.6em 0}",
      "li.card p{margin:.3em 0}.why{font-size:1.05em}.figures{font-weight:600}",
      ".ref{color:#555;font-size:.85em;font-weight:400;white-space:nowrap}.period{color:#444;font-size:.9em}",
      "blockquote{margin:.3em 0 .3em .6em;padding-left:.6em;border-left:3px solid #ccc;color:#333}",
      ".said{font-weight:600}.meaning{margin:.1em 0 .3em;color:#444}",
      "details summary{cursor:pointer;color:#1f4e8c}",
      "figure.chart{margin:1.2em 0 2em;padding:.6em;border:1px solid #ddd}",
      "figure.chart figcaption{font-size:1.1em;margin-bottom:.3em}.unit{color:#444;font-size:.9em}",
      "svg.chart{width:100%;height:auto;max-width:1000px;display:block}",
      ".targets{margin:.3em 0}",
      "svg.bar{vertical-align:middle;border:1px solid #999}",
      "table.figures th,table.figures td{font-size:14px;padding:3px 6px}table.figures caption{text-align:left;font-weight:600}",
      "section.glossary{border-top:4px solid #333;margin-top:2.5em}",
      "a{color:#1f4e8c}",
      "");
}
