/**
 * Credit phrases: the lines by which a copy names its original (see DESIGN.md, "How real copies name
 * their original"). These lines are the signal, not clutter: never strip them before reading them.
 *
 * Conventions the tests hold the data to, and the matcher must meet halfway:
 * - Sorted by `role`, then `lang`, then `phrase` (plain string compare); `lang` is a BCP 47 primary subtag.
 * - Phrases are trimmed, NFKC-normalized and use straight apostrophes ('), so the matcher should NFKC-fold
 *   the page's text and turn ’ into ' before comparing, case-insensitively, after folding whitespace.
 * - No duplicates within one `role` and language, ignoring case ("PHOTO:" is covered by "Photo:").
 */

export type CreditPhraseRole = 'original-link' | 'provided-by' | 'source-label';

export interface CreditPhrase {
  role: CreditPhraseRole;
  lang: string;
  /** case-insensitive prefix of the credit line, before the outlet name or link */
  phrase: string;
}

export const CREDIT_PHRASES: readonly CreditPhrase[] = [
  // ── original-link: A line pointing to the original story, usually a link. ──
  { role: 'original-link', lang: 'de', phrase: 'Dieser Artikel erschien zuerst auf' },
  { role: 'original-link', lang: 'de', phrase: 'Weiterlesen auf' },
  { role: 'original-link', lang: 'de', phrase: 'Zuerst erschienen auf' },
  { role: 'original-link', lang: 'de', phrase: 'Zum Originalartikel' },
  { role: 'original-link', lang: 'en', phrase: 'Click here to read the full article' },
  { role: 'original-link', lang: 'en', phrase: 'Continue reading at' },
  { role: 'original-link', lang: 'en', phrase: 'Continue reading on' },
  { role: 'original-link', lang: 'en', phrase: 'Continue reading the full story' },
  { role: 'original-link', lang: 'en', phrase: 'Originally published at' },
  { role: 'original-link', lang: 'en', phrase: 'Originally published by' },
  { role: 'original-link', lang: 'en', phrase: 'Originally published in' },
  { role: 'original-link', lang: 'en', phrase: 'Originally published on' },
  { role: 'original-link', lang: 'en', phrase: 'Read more at' },
  { role: 'original-link', lang: 'en', phrase: 'Read more on' },
  { role: 'original-link', lang: 'en', phrase: 'Read the entire article here' },
  { role: 'original-link', lang: 'en', phrase: 'Read the full article at' },
  { role: 'original-link', lang: 'en', phrase: 'Read the full article on' },
  { role: 'original-link', lang: 'en', phrase: 'Read the full story at' },
  { role: 'original-link', lang: 'en', phrase: 'Read the full story on' },
  { role: 'original-link', lang: 'en', phrase: 'Read the original article' },
  { role: 'original-link', lang: 'en', phrase: 'Source link' },
  { role: 'original-link', lang: 'en', phrase: 'This article first appeared in' },
  { role: 'original-link', lang: 'en', phrase: 'This article first appeared on' },
  // The Conversation's Creative Commons credit
  { role: 'original-link', lang: 'en', phrase: 'This article is republished from' },
  { role: 'original-link', lang: 'en', phrase: 'This article originally appeared on' },
  { role: 'original-link', lang: 'en', phrase: 'This article was originally published on' },
  { role: 'original-link', lang: 'en', phrase: 'This story first appeared on' },
  { role: 'original-link', lang: 'en', phrase: 'This story originally appeared on' },
  { role: 'original-link', lang: 'en', phrase: 'View on' },
  { role: 'original-link', lang: 'en', phrase: 'View original article' },
  { role: 'original-link', lang: 'es', phrase: 'Este artículo fue publicado originalmente en' },
  { role: 'original-link', lang: 'es', phrase: 'Lea el original' },
  { role: 'original-link', lang: 'es', phrase: 'Lee el artículo completo' },
  { role: 'original-link', lang: 'es', phrase: 'Lee la noticia completa' },
  { role: 'original-link', lang: 'es', phrase: 'Publicado originalmente en' },
  { role: 'original-link', lang: 'fr', phrase: 'Cet article est republié à partir de' },
  { role: 'original-link', lang: 'fr', phrase: "Lire l'article complet" },
  { role: 'original-link', lang: 'fr', phrase: 'Lire la suite sur' },
  // Indonesian portals: "Artikel ini telah tayang di Kompas.com dengan judul ..."
  { role: 'original-link', lang: 'id', phrase: 'Artikel ini telah tayang di' },
  { role: 'original-link', lang: 'id', phrase: 'Baca berita selengkapnya di' },
  { role: 'original-link', lang: 'id', phrase: 'Baca selengkapnya di' },
  { role: 'original-link', lang: 'it', phrase: 'Articolo originale' },
  { role: 'original-link', lang: 'it', phrase: "Leggi l'articolo completo" },
  { role: 'original-link', lang: 'it', phrase: 'Questo articolo è stato pubblicato originariamente' },
  { role: 'original-link', lang: 'ja', phrase: '元記事を読む' },
  { role: 'original-link', lang: 'ja', phrase: '記事全文を読む' },
  { role: 'original-link', lang: 'pt', phrase: 'Este artigo foi publicado originalmente' },
  { role: 'original-link', lang: 'pt', phrase: 'Leia a matéria completa' },
  { role: 'original-link', lang: 'pt', phrase: 'Leia a notícia completa' },
  { role: 'original-link', lang: 'pt', phrase: 'Leia mais em' },
  { role: 'original-link', lang: 'pt', phrase: 'Publicado originalmente em' },
  // Romanian, as often typed without diacritics
  { role: 'original-link', lang: 'ro', phrase: 'Citeste toata stirea' },
  { role: 'original-link', lang: 'ro', phrase: 'Citește toată știrea' },
  { role: 'original-link', lang: 'zh', phrase: '原文連結' },
  { role: 'original-link', lang: 'zh', phrase: '原文链接' },
  { role: 'original-link', lang: 'zh', phrase: '本文轉載自' },
  { role: 'original-link', lang: 'zh', phrase: '本文转载自' },
  { role: 'original-link', lang: 'zh', phrase: '閱讀原文' },
  { role: 'original-link', lang: 'zh', phrase: '阅读原文' },

  // ── provided-by: A line naming the outlet that supplied the copy. ──
  { role: 'provided-by', lang: 'de', phrase: 'Bereitgestellt von' },
  { role: 'provided-by', lang: 'de', phrase: 'Zur Verfügung gestellt von' },
  { role: 'provided-by', lang: 'en', phrase: '(c) Provided by' },
  { role: 'provided-by', lang: 'en', phrase: 'Content provided by' },
  { role: 'provided-by', lang: 'en', phrase: 'Courtesy of' },
  { role: 'provided-by', lang: 'en', phrase: 'Distributed by' },
  { role: 'provided-by', lang: 'en', phrase: 'Provided by' },
  { role: 'provided-by', lang: 'en', phrase: 'Reprinted with permission from' },
  { role: 'provided-by', lang: 'en', phrase: 'Republished with permission from' },
  { role: 'provided-by', lang: 'en', phrase: 'Syndicated from' },
  { role: 'provided-by', lang: 'en', phrase: 'This article was produced by' },
  { role: 'provided-by', lang: 'en', phrase: 'This story was originally published by' },
  { role: 'provided-by', lang: 'en', phrase: 'This story was produced by' },
  { role: 'provided-by', lang: 'en', phrase: 'This story was provided by' },
  { role: 'provided-by', lang: 'en', phrase: '© Provided by' },
  { role: 'provided-by', lang: 'es', phrase: 'Contenido proporcionado por' },
  { role: 'provided-by', lang: 'es', phrase: 'Cortesía de' },
  { role: 'provided-by', lang: 'es', phrase: 'Proporcionado por' },
  { role: 'provided-by', lang: 'fr', phrase: "Avec l'aimable autorisation de" },
  { role: 'provided-by', lang: 'fr', phrase: 'Fourni par' },
  { role: 'provided-by', lang: 'it', phrase: 'Fornito da' },
  { role: 'provided-by', lang: 'it', phrase: 'Per gentile concessione di' },
  { role: 'provided-by', lang: 'pt', phrase: 'Cortesia de' },
  { role: 'provided-by', lang: 'pt', phrase: 'Fornecido por' },

  // ── source-label: A short label before an outlet name. Bare words ("Por", "Via", "Par") are whole words: the matcher must see a word boundary after them ("Por" is not "Portugal"). ──
  { role: 'source-label', lang: 'de', phrase: 'Quelle:' },
  { role: 'source-label', lang: 'de', phrase: 'Quellen:' },
  { role: 'source-label', lang: 'en', phrase: 'Original source' },
  { role: 'source-label', lang: 'en', phrase: 'Source:' },
  { role: 'source-label', lang: 'en', phrase: 'Sources:' },
  { role: 'source-label', lang: 'en', phrase: 'Via' },
  { role: 'source-label', lang: 'es', phrase: 'Fuente:' },
  { role: 'source-label', lang: 'es', phrase: 'Por' },
  { role: 'source-label', lang: 'es', phrase: 'Vía' },
  { role: 'source-label', lang: 'fr', phrase: 'Par' },
  // French sets a space before the colon
  { role: 'source-label', lang: 'fr', phrase: 'Source :' },
  { role: 'source-label', lang: 'fr', phrase: 'Source:' },
  { role: 'source-label', lang: 'id', phrase: 'Sumber:' },
  { role: 'source-label', lang: 'it', phrase: 'Fonte:' },
  { role: 'source-label', lang: 'ja', phrase: '出典' },
  { role: 'source-label', lang: 'ja', phrase: '引用元' },
  { role: 'source-label', lang: 'ms', phrase: 'Sumber:' },
  { role: 'source-label', lang: 'nl', phrase: 'Bron:' },
  { role: 'source-label', lang: 'pt', phrase: 'Fonte:' },
  { role: 'source-label', lang: 'pt', phrase: 'Por' },
  { role: 'source-label', lang: 'ro', phrase: 'Sursa:' },
  { role: 'source-label', lang: 'zh', phrase: '來源' },
  { role: 'source-label', lang: 'zh', phrase: '出处' },
  // no colon: pages print the full-width "：", which the matcher's folding may or may not touch
  { role: 'source-label', lang: 'zh', phrase: '来源' },
];
