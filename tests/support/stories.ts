/**
 * Plausible news stories (invented outlets on .example hosts) and the page they sit in: the raw
 * material of the hostile and broken page sets. A page built here is a whole article page, with
 * site chrome around the story, as a reader would find it.
 */

export interface Story {
  outlet: string;
  host: string;
  path: string;
  headline: string;
  author: string;
  published: string;
  /** Plain-text paragraphs; escaped when they are put into a page. */
  paragraphs: string[];
}

export const STORIES = {
  pier: {
    outlet: 'The Harbour Ledger',
    host: 'www.harbourledger.example',
    path: '/news/2026/03/12/council-votes-to-rebuild-ferry-pier',
    headline: 'Council votes to rebuild storm-damaged ferry pier before summer',
    author: 'Maren Holt',
    published: '2026-03-12T09:30:00Z',
    paragraphs: [
      'The harbour council voted on Tuesday night to rebuild the old ferry pier, after a winter of storms left its timber decking split and its lamps dark for weeks.',
      'Councillors approved a budget of 4.2 million for the work by nine votes to two, with the two dissenting members arguing that the money should first go to the sea wall along the northern beach.',
      'Engineers who inspected the pier in January found that three of its twelve piles had shifted by more than a hand’s width, and that salt water had reached the steel bracing beneath the waiting room.',
      'Ferry operators have been landing passengers at a temporary pontoon since the middle of February. Crews say the pontoon cannot take the larger summer boats, which carry up to three hundred people at a time.',
      '“We cannot run a summer timetable from a floating platform the size of a tennis court,” said Ilse Marwick, who has skippered the island route for eleven years. “Either the pier is back by June or the timetable is cut in half.”',
      'The council’s harbour master told the meeting that contractors could begin driving new piles in April if the vote passed, and that the first berth would reopen by the first week of June.',
      'Residents who packed the public gallery applauded when the result was read out. Several had brought photographs of the pier as it looked in the 1950s, when it was last rebuilt after a fire.',
      'The work will be paid for from the harbour’s reserve fund and a regional grant for coastal repairs, the council’s finance officer said, so no change to local taxes is planned this year.',
    ],
  },
  nightTrain: {
    outlet: 'Northern Courier',
    host: 'www.northerncourier.example',
    path: '/transport/night-train-returns-to-the-coast-line',
    headline: 'Night train returns to the coast line after a twelve-year gap',
    author: 'Tomas Riedel',
    published: '2026-05-04T06:00:00Z',
    paragraphs: [
      'A sleeper train will run between the capital and the coast again from September, the regional rail operator announced on Monday, twelve years after the last night service was withdrawn.',
      'The new service will leave the central station at 22:40 four nights a week and reach the harbour terminus shortly after seven in the morning, stopping at five towns along the way.',
      'The operator has leased six refurbished sleeping cars from a neighbouring network. Each car has eleven compartments for up to three people, and one car in every train will carry bicycles.',
      'Fares will start at 49 for a seat in the reclining coach and rise to 189 for a private compartment with its own washbasin, the operator said, with discounts for children and rail-card holders.',
      '“Night trains disappeared because the old rolling stock was worn out, not because people stopped wanting them,” said Lena Vos, the operator’s head of long-distance services.',
      'Tourism offices along the coast welcomed the news. Hoteliers have long complained that the first daytime train arrives too late for visitors to make the most of a short weekend.',
      'Rail unions said they had agreed new rosters for the overnight crews, who will work four nights on and four nights off, and that staff would be recruited locally where possible.',
    ],
  },
  bees: {
    outlet: 'Valley Tribune',
    host: 'valleytribune.example',
    path: '/science/2026/06/city-parks-bees-study',
    headline: 'Wild bees thrive in city parks left unmown, study finds',
    author: 'Priya Nandakumar',
    published: '2026-06-18T12:15:00Z',
    paragraphs: [
      'Patches of city park left unmown through the summer held almost three times as many wild bee species as neatly cut lawns, according to a study published on Wednesday by researchers at the valley university.',
      'The team counted bees in forty parks over two summers, comparing strips that were mowed every fortnight with strips that were cut only once, at the end of September.',
      'The uncut strips held 61 species of wild bee, including two that had not been recorded in the region for more than thirty years, while the mown lawns held 23 species.',
      '“We did not plant anything, sow anything or buy anything,” said Dr Aino Lindqvist, who led the study. “We simply stopped cutting, and the flowers that were already in the soil did the rest.”',
      'The city’s parks department said the unmown strips had also saved money on fuel and staff time, and that it would extend the scheme to another twenty parks next spring.',
      'Not everyone is convinced. Some residents have complained that the long grass looks neglected and hides litter, and the department has promised to mow a tidy border along every path.',
      'The researchers plan to return to the same parks next year to find out whether the bee populations keep growing or level off once the meadows are established.',
    ],
  },
  router: {
    outlet: 'Circuit Daily',
    host: 'www.circuitdaily.example',
    path: '/security/2026/02/router-admin-page-flaw',
    headline: 'Flaw in popular home routers let web pages run code in the admin panel',
    author: 'Jonas Eberhardt',
    published: '2026-02-09T15:45:00Z',
    paragraphs: [
      'A flaw in the administration page of a popular line of home routers allowed any website to run its own code inside the router’s settings panel, security researchers disclosed on Monday.',
      'The bug sat in the page that lists devices connected to the network. A device could give itself a name such as <script>alert("owned")</script>, and the router printed that name into the page without escaping it.',
      'Anyone who later opened the device list would run the attacker’s script with the rights of the router’s administrator, the researchers said, including the right to change the network password.',
      'The fix is one line long: the router now turns characters such as < and > into &lt; and &gt; before printing a device name, so a name like <img src=x onerror=alert(1)> is shown as plain text.',
      'The manufacturer released new firmware on Friday and said it had found no sign that the flaw had been used against customers. Routers that update themselves automatically should already be safe.',
      'Owners who have switched automatic updates off are advised to install the new firmware by hand from the manufacturer’s support site and to change their administrator password afterwards.',
    ],
  },
} satisfies Record<string, Story>;

export type StoryName = keyof typeof STORIES;

export function storyUrl(story: Story): string {
  return `https://${story.host}${story.path}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface PageParts {
  /** Markup added at the end of <head>. */
  head?: string;
  /** Markup put in the story after the paragraph with this index (and its markup). */
  inStory?: Record<number, string>;
  /** Replaces the paragraph markup of the story (default: one <p> per paragraph). */
  paragraphHtml?: (paragraph: string, index: number) => string;
  /** Markup after the article (comment threads, link lists). */
  afterArticle?: string;
  /** Attributes of <body>, as written. */
  bodyAttributes?: string;
  /** Replaces the JSON-LD block (give '' for none). */
  jsonLd?: string;
  /** Replaces the <title> element's content (raw markup). */
  title?: string;
  /** The <meta charset> line (default: utf-8). */
  charsetMeta?: string;
  /** The doctype and <html> start tag (default: HTML5, lang="en"). */
  htmlStart?: string;
  /** Leave out <head> altogether. */
  noHead?: boolean;
  /** The site chrome's words, for pages in other languages. */
  chrome?: Chrome;
}

export interface Chrome {
  nav: string[];
  by: string;
  mostRead: string;
  mostReadItems: string[];
  rights: string;
  footerLinks: string[];
  /** Between byline and date, and between footer links. */
  separator: string;
  copyright: string;
}

export const ENGLISH_CHROME: Chrome = {
  nav: ['News', 'Business', 'Science', 'Sport', 'Opinion'],
  by: 'By',
  mostRead: 'Most read',
  mostReadItems: [
    'School roof repairs finished two weeks early',
    'Market square parking changes start on Monday',
    'Rowing club wins its first regional title in a decade',
    'Fish market extends its opening hours for the spring',
  ],
  rights: 'All rights reserved.',
  footerLinks: ['Privacy', 'Terms', 'Contact'],
  separator: '·',
  copyright: '©',
};

const slug = (text: string, index: number) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `item-${index + 1}`;

export function defaultJsonLd(story: Story): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    datePublished: story.published,
    author: { '@type': 'Person', name: story.author },
    publisher: { '@type': 'Organization', name: story.outlet },
    mainEntityOfPage: storyUrl(story),
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

/** A whole article page: head, site header and navigation, the story, a "most read" rail, a footer. */
export function articlePage(story: Story, parts: PageParts = {}): string {
  const url = storyUrl(story);
  const chrome = parts.chrome ?? ENGLISH_CHROME;
  const paragraphs = story.paragraphs
    .map((paragraph, index) => (parts.paragraphHtml?.(paragraph, index) ?? `<p>${escapeHtml(paragraph)}</p>`) + (parts.inStory?.[index] ?? ''))
    .join('\n');
  const head = `<head>
${parts.charsetMeta ?? '<meta charset="utf-8">'}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title ?? `${escapeHtml(story.headline)} | ${escapeHtml(story.outlet)}`}</title>
<meta name="description" content="${escapeHtml(story.paragraphs[0]!.slice(0, 150))}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(story.headline)}">
<meta property="og:site_name" content="${escapeHtml(story.outlet)}">
<meta property="og:url" content="${url}">
<link rel="canonical" href="${url}">
${parts.jsonLd ?? defaultJsonLd(story)}
${parts.head ?? ''}
</head>`;
  return `${parts.htmlStart ?? '<!DOCTYPE html>\n<html lang="en">'}
${parts.noHead ? '' : head}
<body${parts.bodyAttributes ? ` ${parts.bodyAttributes}` : ''}>
<header class="site-header">
  <a class="logo" href="/">${escapeHtml(story.outlet)}</a>
  <nav><ul>${chrome.nav.map((label, i) => `<li><a href="/${slug(label, i)}">${escapeHtml(label)}</a></li>`).join('')}</ul></nav>
</header>
<main>
<article>
<h1>${escapeHtml(story.headline)}</h1>
<p class="byline">${escapeHtml(chrome.by)} <a rel="author" href="/authors/${slug(story.author, 0)}">${escapeHtml(story.author)}</a> ${chrome.separator} <time datetime="${story.published}">${story.published.slice(0, 10)}</time></p>
${paragraphs}
</article>
${parts.afterArticle ?? ''}
<aside class="most-read">
  <h2>${escapeHtml(chrome.mostRead)}</h2>
  <ol>
${chrome.mostReadItems.map((title, i) => `    <li><a href="/news/2026/03/${10 - i}/${slug(title, i)}">${escapeHtml(title)}</a></li>`).join('\n')}
  </ol>
</aside>
</main>
<footer><p>${chrome.copyright} 2026 ${escapeHtml(story.outlet)}. ${escapeHtml(chrome.rights)}</p><p>${chrome.footerLinks.map((label, i) => `<a href="/${slug(label, i)}">${escapeHtml(label)}</a>`).join(` ${chrome.separator} `)}</p></footer>
</body>
</html>
`;
}
