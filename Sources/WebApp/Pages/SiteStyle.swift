/// The style sheet of the web pages, served as `/static/site.css`.
///
/// It comes on top of the reports' own (`/static/card.css`): large tap
/// targets, a visible focus ring, text colours with a contrast of at least
/// 7:1, one column on a phone.
enum SiteStyle {
  static let css = """
    body { font-size: 17px; }
    .skip { position: absolute; left: -9999px; }
    .skip:focus { left: 8px; top: 8px; background: #fff; padding: 8px 12px; z-index: 10;
      border: 2px solid var(--accent); }
    header.site { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px;
      align-items: baseline; border-bottom: 1px solid var(--line); margin-bottom: 16px; }
    header.site .site-name { font-weight: 700; margin: 8px 0; color: var(--accent); }
    header.site nav a { margin-left: 12px; }
    footer.site { margin-top: 32px; color: #3d4453; font-size: 14px; }
    .lead { font-size: 18px; }
    .panel { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px;
      margin: 16px 0; background: var(--band); }
    label { display: block; font-weight: 600; margin-bottom: 4px; }
    .choice label { display: inline; font-weight: 400; }
    .hint { display: block; color: #3d4453; font-size: 15px; }
    input[type=text], select, textarea { width: 100%; font: inherit; padding: 8px;
      border: 1px solid #5a6275; border-radius: 4px; background: #fff; color: var(--ink); }
    input[type=file] { font: inherit; max-width: 100%; }
    input[type=radio] { width: 22px; height: 22px; vertical-align: middle; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; }
    legend { font-weight: 600; }
    button { font: inherit; font-weight: 600; padding: 10px 18px; min-height: 44px;
      border: 2px solid var(--accent); border-radius: 6px; background: var(--accent);
      color: #fff; cursor: pointer; margin: 4px 4px 4px 0; }
    button.secondary { background: #fff; color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus {
      outline: 3px solid #ffbf47; outline-offset: 2px; }
    .error { border-left: 6px solid var(--fail); padding: 8px 12px; background: #fdf0ee; }
    .readability { border-left: 6px solid var(--accent); padding: 8px 12px; }
    details summary { cursor: pointer; font-weight: 600; }
    @media (max-width: 600px) {
      body { padding: 12px; }
      table.overview { font-size: 14px; }
      header.site nav a { margin: 0 12px 0 0; }
    }
    """
}
