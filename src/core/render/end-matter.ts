import type { BodyRenderer } from './body';
import { escapeHtml } from '../escape-html';
import { typesetPlain } from './quotes';
import { affiliationGroups, authorList, authorText, correspondingAuthor, type ArticleMeta } from './meta';

/** An address a `mailto:` link may carry: one @, no spaces, quotes or angle brackets. */
const EMAIL = /^[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+$/;

/**
 * What the article says about itself after its last page's text, as the magazine closes an article:
 * the authors by institution (the byline names them, this says where they work), the corresponding
 * author with an address to write to, the keywords, then the statements the frontmatter gives
 * (conflicts of interest, funding, patient consent). Empty when the frontmatter gives none of them.
 */
export function endMatter(meta: ArticleMeta, body: BodyRenderer): string {
  let html = '';
  const groups = affiliationGroups(meta.authors);
  if (groups.length > 0) {
    html += '<div class="cr-affiliations">\n';
    for (const group of groups) {
      html += `<p><span class="cr-affiliation-authors">${typesetPlain(authorList(group.authors))}</span>, ${typesetPlain(sentence(group.affiliation))}</p>\n`;
    }
    html += '</div>\n';
  }
  const corresponding = correspondingAuthor(meta.authors);
  if (corresponding && (corresponding.email || corresponding.affiliations.length > 0)) {
    const parts = [authorText(corresponding), ...corresponding.affiliations].map(typesetPlain).join(', ');
    const email = corresponding.email ? (EMAIL.test(corresponding.email) ? `<a href="mailto:${escapeHtml(corresponding.email)}">${escapeHtml(corresponding.email)}</a>` : escapeHtml(corresponding.email)) : '';
    html += labelled('cr-correspondence', 'Correspondence', `${parts}${email ? `; ${email}` : ''}`);
  }
  if (meta.keywords.length > 0) html += labelled('cr-keywords', 'Keywords', meta.keywords.map(typesetPlain).join('; '));
  for (const statement of meta.statements) html += labelled(`cr-statement cr-${statement.key}`, statement.label, `${body.inlineMarkdown(statement.text)}${body.sanitizer.closeAll()}`);
  return html ? `<aside class="cr-end-matter">\n${html}</aside>\n` : '';
}

function labelled(className: string, label: string, html: string): string {
  return `<p class="${className}"><span class="cr-end-label">${escapeHtml(label)}:</span> ${html}</p>\n`;
}

/** An affiliation as a sentence: a final period unless it ends in one already. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
