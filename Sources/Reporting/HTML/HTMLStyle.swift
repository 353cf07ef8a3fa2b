/// The one style sheet of the HTML reports and the index page.
///
/// It is inlined into every page. Colours for levels come from ColorBrewer's colour-blind-safe
/// red–yellow–blue scheme, and every coloured cell also carries its number.
enum HTMLStyle {
  static let css = """
    :root {
      --ink: #1d2433; --muted: #5a6275; --line: #d5d9e2; --paper: #ffffff; --band: #f3f5f9;
      --accent: #1f4e79; --pass: #2c6aa8; --fail: #c0392b;
      --low: #fc8d59; --mid: #ffffbf; --high: #91bfdb; --na: #ececec;
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; color: var(--ink);
      background: var(--paper); line-height: 1.45;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
        Arial, sans-serif;
    }
    header.page { border-bottom: 4px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
    .eyebrow { margin: 0; color: var(--accent); font-weight: 700; letter-spacing: .04em;
      text-transform: uppercase; font-size: 12px; }
    h1 { margin: 4px 0 6px; font-size: 26px; line-height: 1.2; }
    h2 { margin: 28px 0 10px; font-size: 19px; border-bottom: 1px solid var(--line);
      padding-bottom: 4px; }
    h3 { margin: 18px 0 6px; font-size: 16px; }
    p.lead { margin: 0; color: var(--muted); }
    a { color: var(--accent); }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left;
      vertical-align: top; }
    thead th { background: var(--band); font-weight: 600; border-bottom: 2px solid var(--line); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
      font-weight: 600; color: #fff; }
    .pass { background: var(--pass); }
    .fail { background: var(--fail); }
    td.lvl { text-align: center; font-weight: 700; min-width: 2.4em;
      border: 1px solid #fff; font-variant-numeric: tabular-nums; }
    .lvl-low { background: var(--low); }
    .lvl-mid { background: var(--mid); }
    .lvl-high { background: var(--high); }
    .lvl-na { background: var(--na); color: var(--muted); font-weight: 400; font-size: 12px; }
    table.heatmap { width: auto; }
    table.heatmap th.crit { vertical-align: bottom; padding: 4px 3px; text-align: center; }
    table.heatmap th.crit span { writing-mode: vertical-rl; transform: rotate(180deg);
      display: inline-block; max-height: 11.5em; font-size: 12.5px; font-weight: 600;
      line-height: 1.15; text-align: left; }
    table.heatmap td.name { white-space: nowrap; padding-right: 16px; }
    th.lvl { text-align: center; }
    .legend { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 10px 0;
      font-size: 13px; color: var(--muted); }
    .legend .swatch { display: inline-block; min-width: 2.6em; padding: 0 4px; text-align: center;
      font-size: 12px; line-height: 20px; vertical-align: middle; font-weight: 700;
      color: var(--ink); border: 1px solid var(--line); }
    .verdict { display: flex; flex-wrap: wrap; gap: 24px; align-items: stretch; margin: 8px 0 16px; }
    .grade-box { min-width: 170px; padding: 12px 18px; border-radius: 8px; color: #fff; }
    .grade-box .grade { font-size: 44px; font-weight: 800; line-height: 1; display: block; }
    .grade-box .label { font-size: 14px; font-weight: 600; }
    .ladder-box { flex: 1; min-width: 260px; padding: 12px 16px; background: var(--band);
      border-radius: 8px; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 0;
      font-size: 14px; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    blockquote { margin: 8px 0; padding: 6px 12px; border-left: 4px solid var(--high);
      background: var(--band); }
    blockquote.warning { border-left-color: var(--fail); }
    blockquote.gone { border-left-color: var(--low); }
    blockquote cite { display: block; font-size: 12.5px; color: var(--muted); font-style: normal;
      margin-top: 2px; }
    section.criterion { border-top: 1px solid var(--line); padding-top: 2px; }
    h2 + section.criterion { border-top: none; }
    section.criterion h3 { display: flex; gap: 10px; align-items: baseline; }
    .level-tag { font-size: 13px; padding: 1px 8px; border-radius: 4px; border: 1px solid var(--line); }
    .question { font-style: italic; color: var(--muted); margin: 2px 0 6px; }
    .advice { background: #fff8e5; border: 1px solid #f1dfa4; padding: 6px 10px; border-radius: 6px; }
    .muted { color: var(--muted); font-size: 13px; }
    ul.discounted { font-size: 13px; color: var(--muted); }
    svg text { font-family: inherit; }
    footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line);
      color: var(--muted); font-size: 12px; }
    .up { color: var(--pass); font-weight: 700; }
    .down { color: var(--fail); font-weight: 700; }
    .same { color: var(--muted); }
    table#comparison td:first-child { min-width: 15em; }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      h1 { font-size: 18pt; }
      h2 { font-size: 13pt; break-after: avoid; }
      table { font-size: 9pt; }
      thead { display: table-header-group; }
      tr, blockquote, .verdict, svg { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      table.heatmap th.crit span { max-height: 10em; }
    }
    """
}
