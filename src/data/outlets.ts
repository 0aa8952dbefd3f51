/**
 * The publisher registry: outlets whose stories aggregators copy, and the wires and syndicators they credit.
 *
 * Sorted by `domain` (plain string compare). One entry per outlet: an outlet's other editions or old
 * domains go in `otherDomains`. Domains are the hosts stories live on, lowercase, without "www.";
 * usually the registrable domain, a subdomain only where the registrable one is someone else's or a
 * different product (news.sky.com, asia.nikkei.com, timesofindia.indiatimes.com).
 *
 * `country` is "INT" only for the global agencies with no single home market (AP, Reuters, AFP, Bloomberg);
 * national agencies carry their country.
 *
 * Aliases are the forms credit lines use. None is claimed twice or equals another outlet's name, and none
 * is a generic word alone ("Times", "Post", "Star" ...): the tests in tests/unit/data/outlets.test.ts hold
 * the data to that.
 */

export type OutletKind = 'news' | 'wire' | 'syndicator' | 'magazine' | 'broadcaster' | 'aggregator';

export interface Outlet {
  /** Canonical name as the outlet styles itself in its masthead: "The Straits Times", "The New York Times", "Reuters", "AFP", "Bloomberg". */
  name: string;
  /** Other names and short forms that credit lines use ("Straits Times", "ST"; "New York Times", "NYT", "NY Times"). Never repeats `name`. */
  aliases: readonly string[];
  /** Home domain, lowercase, no scheme, no "www.": "straitstimes.com". */
  domain: string;
  /** Other domains it publishes articles on (e.g. "apnews.com" for AP is the home; "ap.org" other). Optional. */
  otherDomains?: readonly string[];
  kind: OutletKind;
  /** ISO 3166-1 alpha-2 country, or "INT" for international wires. */
  country: string;
  /** The site's own search page with the literal placeholder {query}, only where you are confident the site has such a URL pattern; else omit. Must be https. */
  searchUrl?: string;
  /**
   * The name is also an ordinary word or phrase ("People", "The Hill", "TODAY"), so running text
   * names this outlet only where a credit line or logo holds the name alone.
   */
  commonWords?: boolean;
  /** Upper-case forms this outlet's credit takes at the END of a syndicated story ("NYTIMES", "NYT"; "REUTERS"; "AFP"; "BLOOMBERG"; "AP"; "WASHINGTON POST"; "XINHUA"; "BERNAMA"). Only for outlets whose stories are syndicated with such a closing credit. */
  wireCredits?: readonly string[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: '1News', aliases: ['1 News'], domain: '1news.co.nz', kind: 'broadcaster', country: 'NZ' },
  { name: '7NEWS', aliases: ['Seven News'], domain: '7news.com.au', kind: 'broadcaster', country: 'AU' },
  { name: '9News', aliases: ['Nine News'], domain: '9news.com.au', kind: 'broadcaster', country: 'AU' },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'Anadolu Ajansı'], domain: 'aa.com.tr', kind: 'wire', country: 'TR', wireCredits: ['ANADOLU', 'ANADOLU AGENCY'] },
  { name: 'Australian Associated Press', aliases: ['AAP'], domain: 'aap.com.au', kind: 'wire', country: 'AU', wireCredits: ['AAP'] },
  // "ABC News" is the US network's name here, and bare "ABC" is ambiguous
  { name: 'Australian Broadcasting Corporation', aliases: ['ABC Australia', 'ABC News Australia'], domain: 'abc.net.au', kind: 'broadcaster', country: 'AU' },
  // the US network; Australia's ABC is abc.net.au
  { name: 'ABC News', aliases: [], domain: 'abcnews.go.com', kind: 'broadcaster', country: 'US' },
  { name: 'ABS-CBN News', aliases: ['ABS-CBN'], domain: 'abs-cbn.com', kind: 'broadcaster', country: 'PH' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], domain: 'afp.com', kind: 'wire', country: 'INT', wireCredits: ['AFP', 'AGENCE FRANCE-PRESSE'] },
  { name: 'The Australian Financial Review', aliases: ['Australian Financial Review', 'AFR', 'Financial Review'], domain: 'afr.com', kind: 'news', country: 'AU' },
  { name: 'The Atlanta Journal-Constitution', aliases: ['Atlanta Journal-Constitution', 'AJC'], domain: 'ajc.com', kind: 'news', country: 'US' },
  { name: 'Al Jazeera', aliases: ['Al Jazeera English'], domain: 'aljazeera.com', kind: 'broadcaster', country: 'QA', searchUrl: 'https://www.aljazeera.com/search/{query}' },
  { name: 'ANI', aliases: ['Asian News International'], domain: 'aninews.in', kind: 'wire', country: 'IN', wireCredits: ['ANI'] },
  { name: 'ANSA', aliases: ['Agenzia ANSA'], domain: 'ansa.it', kind: 'wire', country: 'IT', wireCredits: ['ANSA'] },
  { name: 'Antara', aliases: ['Antara News'], domain: 'antaranews.com', kind: 'wire', country: 'ID', wireCredits: ['ANTARA'] },
  { name: 'The Associated Press', aliases: ['Associated Press', 'AP'], domain: 'apnews.com', otherDomains: ['ap.org'], kind: 'wire', country: 'INT', searchUrl: 'https://apnews.com/search?q={query}', wireCredits: ['AP', 'ASSOCIATED PRESS', 'THE ASSOCIATED PRESS'] },
  { name: 'Arab News', aliases: [], domain: 'arabnews.com', kind: 'news', country: 'SA' },
  { name: 'Ars Technica', aliases: [], domain: 'arstechnica.com', kind: 'news', country: 'US' },
  { name: 'The Asahi Shimbun', aliases: ['Asahi Shimbun', '朝日新聞'], domain: 'asahi.com', kind: 'news', country: 'JP' },
  // the English site; nikkei.com is the Japanese paper
  { name: 'Nikkei Asia', aliases: ['Nikkei', 'Nikkei Asian Review'], domain: 'asia.nikkei.com', kind: 'news', country: 'JP' },
  // exchange of Asian papers (The Straits Times, The Star, ...), credited "THE STRAITS TIMES/ASIA NEWS NETWORK"
  { name: 'Asia News Network', aliases: ['ANN'], domain: 'asianews.network', kind: 'syndicator', country: 'TH', wireCredits: ['ANN', 'ASIA NEWS NETWORK'] },
  { name: 'AsiaOne', aliases: [], domain: 'asiaone.com', kind: 'news', country: 'SG' },
  { name: 'Astro Awani', aliases: [], domain: 'astroawani.com', kind: 'broadcaster', country: 'MY' },
  { name: 'Axios', aliases: [], domain: 'axios.com', kind: 'news', country: 'US' },
  { name: 'The Baltimore Sun', aliases: ['Baltimore Sun'], domain: 'baltimoresun.com', kind: 'news', country: 'US' },
  { name: 'Bangkok Post', aliases: [], domain: 'bangkokpost.com', kind: 'news', country: 'TH' },
  { name: "Barron's", aliases: ['Barrons'], domain: 'barrons.com', kind: 'magazine', country: 'US' },
  { name: 'BBC News', aliases: ['BBC'], domain: 'bbc.co.uk', otherDomains: ['bbc.com'], kind: 'broadcaster', country: 'GB', searchUrl: 'https://www.bbc.co.uk/search?q={query}' },
  // syndicated in full on Yahoo Finance
  { name: 'Benzinga', aliases: [], domain: 'benzinga.com', kind: 'news', country: 'US' },
  { name: 'Bernama', aliases: ['Malaysian National News Agency'], domain: 'bernama.com', kind: 'wire', country: 'MY', wireCredits: ['BERNAMA'] },
  // "PHOTO: BLOOMBERG" is a photo credit, not a wire credit: the matcher must tell them apart
  { name: 'Bloomberg', aliases: ['Bloomberg News'], domain: 'bloomberg.com', kind: 'wire', country: 'INT', searchUrl: 'https://www.bloomberg.com/search?query={query}', wireCredits: ['BLOOMBERG'] },
  { name: 'The Boston Globe', aliases: ['Boston Globe'], domain: 'bostonglobe.com', kind: 'news', country: 'US' },
  { name: 'Brisbane Times', aliases: [], domain: 'brisbanetimes.com.au', kind: 'news', country: 'AU' },
  { name: 'Business Standard', aliases: [], domain: 'business-standard.com', kind: 'news', country: 'IN' },
  { name: 'Business Insider', aliases: [], domain: 'businessinsider.com', kind: 'news', country: 'US' },
  { name: 'BusinessMirror', aliases: [], domain: 'businessmirror.com.ph', kind: 'news', country: 'PH' },
  { name: 'The Business Times', aliases: ['Business Times'], domain: 'businesstimes.com.sg', kind: 'news', country: 'SG' },
  { name: 'Business Today', aliases: [], domain: 'businesstoday.in', kind: 'magazine', country: 'IN' },
  // press releases
  { name: 'Business Wire', aliases: [], domain: 'businesswire.com', kind: 'wire', country: 'US' },
  { name: 'BusinessWorld', aliases: [], domain: 'bworldonline.com', kind: 'news', country: 'PH' },
  { name: 'Caixin Global', aliases: ['Caixin'], domain: 'caixinglobal.com', kind: 'news', country: 'CN' },
  { name: 'The Canberra Times', aliases: ['Canberra Times'], domain: 'canberratimes.com.au', kind: 'news', country: 'AU' },
  { name: 'CBC News', aliases: ['CBC'], domain: 'cbc.ca', kind: 'broadcaster', country: 'CA', searchUrl: 'https://www.cbc.ca/search?q={query}' },
  { name: 'CBS News', aliases: ['CBS'], domain: 'cbsnews.com', kind: 'broadcaster', country: 'US', searchUrl: 'https://www.cbsnews.com/search/?q={query}' },
  { name: 'CGTN', aliases: ['China Global Television Network'], domain: 'cgtn.com', kind: 'broadcaster', country: 'CN' },
  { name: 'CNA', aliases: ['Channel NewsAsia', 'Channel News Asia'], domain: 'channelnewsasia.com', kind: 'broadcaster', country: 'SG' },
  { name: 'Chicago Tribune', aliases: [], domain: 'chicagotribune.com', kind: 'news', country: 'US' },
  { name: 'China Daily', aliases: [], domain: 'chinadaily.com.cn', kind: 'news', country: 'CN', wireCredits: ['CHINA DAILY'] },
  { name: 'City AM', aliases: ['City A.M.'], domain: 'cityam.com', kind: 'news', country: 'GB' },
  // Taiwan's agency; "CNA" alone is Singapore's broadcaster
  { name: 'Central News Agency', aliases: ['Focus Taiwan', '中央社'], domain: 'cna.com.tw', otherDomains: ['focustaiwan.tw'], kind: 'wire', country: 'TW' },
  { name: 'CNBC', aliases: [], domain: 'cnbc.com', kind: 'broadcaster', country: 'US', searchUrl: 'https://www.cnbc.com/search/?query={query}' },
  // CNN Wire stories are syndicated from cnn.com
  { name: 'CNN', aliases: ['CNN Wire', 'CNN Newsource'], domain: 'cnn.com', kind: 'broadcaster', country: 'US', searchUrl: 'https://www.cnn.com/search?q={query}', wireCredits: ['CNN', 'CNN WIRE'] },
  { name: 'The Courier-Mail', aliases: ['Courier-Mail', 'Courier Mail'], domain: 'couriermail.com.au', kind: 'news', country: 'AU' },
  { name: 'Creators Syndicate', aliases: [], domain: 'creators.com', kind: 'syndicator', country: 'US' },
  { name: 'Crikey', aliases: [], domain: 'crikey.com.au', kind: 'news', country: 'AU' },
  { name: 'CTV News', aliases: ['CTV'], domain: 'ctvnews.ca', kind: 'broadcaster', country: 'CA' },
  { name: 'Daily Mail', aliases: ['MailOnline', 'Mail Online', 'The Mail on Sunday'], domain: 'dailymail.co.uk', kind: 'news', country: 'GB' },
  { name: 'Daily Maverick', aliases: [], domain: 'dailymaverick.co.za', kind: 'news', country: 'ZA' },
  // the Sydney tabloid; the London paper is "The Telegraph"
  { name: 'The Daily Telegraph', aliases: [], domain: 'dailytelegraph.com.au', kind: 'news', country: 'AU' },
  { name: 'The Dallas Morning News', aliases: ['Dallas Morning News'], domain: 'dallasnews.com', kind: 'news', country: 'US' },
  { name: 'Dawn', aliases: [], domain: 'dawn.com', commonWords: true, kind: 'news', country: 'PK' },
  { name: 'Deccan Herald', aliases: [], domain: 'deccanherald.com', kind: 'news', country: 'IN' },
  { name: 'The Denver Post', aliases: ['Denver Post'], domain: 'denverpost.com', kind: 'news', country: 'US' },
  { name: 'detikcom', aliases: ['Detik'], domain: 'detik.com', kind: 'news', country: 'ID' },
  { name: 'Dow Jones', aliases: ['Dow Jones Newswires'], domain: 'dowjones.com', kind: 'wire', country: 'US', wireCredits: ['DOW JONES'] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'], domain: 'dpa.com', kind: 'wire', country: 'DE', wireCredits: ['DPA'] },
  { name: 'DW', aliases: ['Deutsche Welle'], domain: 'dw.com', kind: 'broadcaster', country: 'DE' },
  { name: 'The Economic Times', aliases: ['Economic Times', 'ET Online'], domain: 'economictimes.indiatimes.com', kind: 'news', country: 'IN' },
  { name: 'The Economist', aliases: ['Economist'], domain: 'economist.com', kind: 'magazine', country: 'GB', searchUrl: 'https://www.economist.com/search?q={query}' },
  // "(efe-epa)" datelines credit EFE with the EPA photo agency
  { name: 'EFE', aliases: ['Agencia EFE'], domain: 'efe.com', kind: 'wire', country: 'ES', wireCredits: ['EFE', 'EFE-EPA'] },
  { name: 'El País', aliases: ['El Pais'], domain: 'elpais.com', kind: 'news', country: 'ES' },
  { name: 'Engadget', aliases: [], domain: 'engadget.com', kind: 'news', country: 'US' },
  { name: 'ESPN', aliases: [], domain: 'espn.com', kind: 'broadcaster', country: 'US' },
  { name: 'Europa Press', aliases: [], domain: 'europapress.es', kind: 'wire', country: 'ES', wireCredits: ['EUROPA PRESS'] },
  { name: 'Daily Express', aliases: ['Express.co.uk'], domain: 'express.co.uk', kind: 'news', country: 'GB' },
  { name: 'The Financial Express', aliases: ['Financial Express'], domain: 'financialexpress.com', kind: 'news', country: 'IN' },
  { name: 'Firstpost', aliases: [], domain: 'firstpost.com', kind: 'news', country: 'IN' },
  // syndicated in full on Yahoo Finance and MSN
  { name: 'The Motley Fool', aliases: ['Motley Fool'], domain: 'fool.com', kind: 'news', country: 'US' },
  { name: 'Forbes', aliases: [], domain: 'forbes.com', kind: 'magazine', country: 'US', searchUrl: 'https://www.forbes.com/search/?q={query}' },
  { name: 'Fortune', aliases: [], domain: 'fortune.com', commonWords: true, kind: 'magazine', country: 'US' },
  { name: 'Fox News', aliases: [], domain: 'foxnews.com', kind: 'broadcaster', country: 'US' },
  { name: 'France 24', aliases: [], domain: 'france24.com', kind: 'broadcaster', country: 'FR' },
  { name: 'Free Malaysia Today', aliases: ['FMT'], domain: 'freemalaysiatoday.com', kind: 'news', country: 'MY' },
  { name: 'Financial Times', aliases: ['FT'], domain: 'ft.com', kind: 'news', country: 'GB', searchUrl: 'https://www.ft.com/search?q={query}', wireCredits: ['FINANCIAL TIMES'] },
  { name: 'Global News', aliases: [], domain: 'globalnews.ca', kind: 'broadcaster', country: 'CA' },
  { name: 'Global Times', aliases: [], domain: 'globaltimes.cn', kind: 'news', country: 'CN' },
  // press releases
  { name: 'GlobeNewswire', aliases: ['Globe Newswire'], domain: 'globenewswire.com', kind: 'wire', country: 'US' },
  { name: 'GMA News', aliases: ['GMA News Online'], domain: 'gmanetwork.com', kind: 'broadcaster', country: 'PH' },
  { name: 'Gulf News', aliases: [], domain: 'gulfnews.com', kind: 'news', country: 'AE' },
  { name: 'Haaretz', aliases: [], domain: 'haaretz.com', kind: 'news', country: 'IL' },
  { name: 'The Herald', aliases: ['Herald Scotland'], domain: 'heraldscotland.com', commonWords: true, kind: 'news', country: 'GB' },
  { name: 'Herald Sun', aliases: [], domain: 'heraldsun.com.au', kind: 'news', country: 'AU' },
  { name: 'Hindustan Times', aliases: ['HT'], domain: 'hindustantimes.com', kind: 'news', country: 'IN' },
  { name: 'The Hollywood Reporter', aliases: ['Hollywood Reporter', 'THR'], domain: 'hollywoodreporter.com', kind: 'magazine', country: 'US' },
  { name: 'Hong Kong Free Press', aliases: ['HKFP'], domain: 'hongkongfp.com', kind: 'news', country: 'HK' },
  { name: 'Houston Chronicle', aliases: [], domain: 'houstonchronicle.com', kind: 'news', country: 'US' },
  { name: 'HuffPost', aliases: ['Huffington Post', 'HuffPost UK'], domain: 'huffpost.com', otherDomains: ['huffingtonpost.co.uk'], kind: 'news', country: 'US' },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], domain: 'ians.in', kind: 'wire', country: 'IN', wireCredits: ['IANS'] },
  // its regional editions carry the same name in credits
  { name: 'International Business Times', aliases: ['IBTimes'], domain: 'ibtimes.com', otherDomains: ['ibtimes.co.uk', 'ibtimes.com.au', 'ibtimes.sg'], kind: 'news', country: 'US' },
  { name: 'The Independent', aliases: [], domain: 'independent.co.uk', commonWords: true, kind: 'news', country: 'GB' },
  { name: 'Irish Independent', aliases: ['Independent.ie'], domain: 'independent.ie', kind: 'news', country: 'IE' },
  { name: 'The Indian Express', aliases: ['Indian Express'], domain: 'indianexpress.com', kind: 'news', country: 'IN' },
  { name: 'India Today', aliases: [], domain: 'indiatoday.in', kind: 'magazine', country: 'IN' },
  { name: 'The i Paper', aliases: ['iNews'], domain: 'inews.co.uk', kind: 'news', country: 'GB' },
  { name: 'Infobae', aliases: [], domain: 'infobae.com', kind: 'news', country: 'AR' },
  { name: 'The Philadelphia Inquirer', aliases: ['Philadelphia Inquirer'], domain: 'inquirer.com', kind: 'news', country: 'US' },
  { name: 'Philippine Daily Inquirer', aliases: ['Inquirer.net', 'PDI'], domain: 'inquirer.net', kind: 'news', country: 'PH' },
  { name: 'Irish Examiner', aliases: [], domain: 'irishexaminer.com', kind: 'news', country: 'IE' },
  { name: 'The Irish Times', aliases: ['Irish Times'], domain: 'irishtimes.com', kind: 'news', country: 'IE' },
  { name: 'The Japan Times', aliases: ['Japan Times'], domain: 'japantimes.co.jp', kind: 'news', country: 'JP' },
  { name: 'Jiji Press', aliases: ['Jiji', '時事通信'], domain: 'jiji.com', kind: 'wire', country: 'JP', wireCredits: ['JIJI', 'JIJI PRESS'] },
  { name: 'The Jerusalem Post', aliases: ['Jerusalem Post', 'JPost'], domain: 'jpost.com', kind: 'news', country: 'IL' },
  { name: 'The Kansas City Star', aliases: ['Kansas City Star'], domain: 'kansascity.com', kind: 'news', country: 'US' },
  // free to republish; copies say "This story was produced by KFF Health News"
  { name: 'KFF Health News', aliases: ['Kaiser Health News', 'KHN'], domain: 'kffhealthnews.org', kind: 'news', country: 'US' },
  { name: 'Khaleej Times', aliases: [], domain: 'khaleejtimes.com', kind: 'news', country: 'AE' },
  { name: 'Kompas', aliases: ['Kompas.com'], domain: 'kompas.com', kind: 'news', country: 'ID' },
  { name: 'The Korea Herald', aliases: ['Korea Herald'], domain: 'koreaherald.com', kind: 'news', country: 'KR' },
  { name: 'The Korea Times', aliases: ['Korea Times'], domain: 'koreatimes.co.kr', kind: 'news', country: 'KR' },
  { name: 'Kyodo News', aliases: ['Kyodo', '共同通信'], domain: 'kyodonews.net', kind: 'wire', country: 'JP', wireCredits: ['KYODO', 'KYODO NEWS'] },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'L.A. Times'], domain: 'latimes.com', kind: 'news', country: 'US', searchUrl: 'https://www.latimes.com/search?q={query}', wireCredits: ['LOS ANGELES TIMES'] },
  { name: 'Le Monde', aliases: [], domain: 'lemonde.fr', kind: 'news', country: 'FR' },
  { name: 'Mint', aliases: ['Livemint'], domain: 'livemint.com', commonWords: true, kind: 'news', country: 'IN' },
  { name: 'The Mainichi', aliases: ['Mainichi Shimbun', '毎日新聞'], domain: 'mainichi.jp', kind: 'news', country: 'JP' },
  { name: 'Malay Mail', aliases: ['The Malay Mail'], domain: 'malaymail.com', kind: 'news', country: 'MY' },
  { name: 'Malaysiakini', aliases: [], domain: 'malaysiakini.com', kind: 'news', country: 'MY' },
  { name: 'Manchester Evening News', aliases: [], domain: 'manchestereveningnews.co.uk', kind: 'news', country: 'GB' },
  { name: 'The Manila Times', aliases: ['Manila Times'], domain: 'manilatimes.net', kind: 'news', country: 'PH' },
  { name: 'MarketWatch', aliases: [], domain: 'marketwatch.com', kind: 'news', country: 'US' },
  { name: 'Manila Bulletin', aliases: [], domain: 'mb.com.ph', kind: 'news', country: 'PH' },
  // McClatchy's news service; mcclatchy.com is the corporate site
  { name: 'McClatchy', aliases: ['McClatchy DC', 'McClatchy Washington Bureau'], domain: 'mcclatchydc.com', kind: 'syndicator', country: 'US', wireCredits: ['MCCLATCHY', 'MCCLATCHY WASHINGTON BUREAU'] },
  { name: 'The Mercury News', aliases: ['San Jose Mercury News'], domain: 'mercurynews.com', kind: 'news', country: 'US' },
  { name: 'Metro', aliases: ['Metro UK'], domain: 'metro.co.uk', commonWords: true, kind: 'news', country: 'GB' },
  { name: 'Miami Herald', aliases: [], domain: 'miamiherald.com', kind: 'news', country: 'US' },
  { name: 'Ming Pao', aliases: ['明報', '明报'], domain: 'mingpao.com', kind: 'news', country: 'HK' },
  { name: 'Daily Mirror', aliases: [], domain: 'mirror.co.uk', kind: 'news', country: 'GB' },
  { name: 'Moneycontrol', aliases: [], domain: 'moneycontrol.com', kind: 'news', country: 'IN' },
  { name: 'Montreal Gazette', aliases: [], domain: 'montrealgazette.com', kind: 'news', country: 'CA' },
  { name: 'Mothership', aliases: [], domain: 'mothership.sg', kind: 'news', country: 'SG' },
  { name: 'Nation Africa', aliases: ['Daily Nation'], domain: 'nation.africa', kind: 'news', country: 'KE' },
  { name: 'National Geographic', aliases: ['Nat Geo'], domain: 'nationalgeographic.com', kind: 'magazine', country: 'US' },
  { name: 'National Post', aliases: [], domain: 'nationalpost.com', kind: 'news', country: 'CA' },
  { name: 'The Nation Thailand', aliases: [], domain: 'nationthailand.com', kind: 'news', country: 'TH' },
  { name: 'NBC News', aliases: ['NBC'], domain: 'nbcnews.com', kind: 'broadcaster', country: 'US' },
  { name: 'NDTV', aliases: ['New Delhi Television'], domain: 'ndtv.com', kind: 'broadcaster', country: 'IN' },
  { name: 'The New Indian Express', aliases: ['New Indian Express', 'TNIE'], domain: 'newindianexpress.com', kind: 'news', country: 'IN' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', '新华社'], domain: 'news.cn', otherDomains: ['xinhuanet.com'], kind: 'wire', country: 'CN', wireCredits: ['XINHUA'] },
  { name: 'news.com.au', aliases: [], domain: 'news.com.au', kind: 'news', country: 'AU' },
  // only the news host: sky.com is the broadcaster's shop
  { name: 'Sky News', aliases: [], domain: 'news.sky.com', kind: 'broadcaster', country: 'GB' },
  { name: 'News18', aliases: [], domain: 'news18.com', kind: 'broadcaster', country: 'IN' },
  { name: 'News24', aliases: [], domain: 'news24.com', kind: 'news', country: 'ZA' },
  { name: 'NewsNation', aliases: [], domain: 'newsnationnow.com', kind: 'broadcaster', country: 'US' },
  { name: 'New Statesman', aliases: [], domain: 'newstatesman.com', kind: 'magazine', country: 'GB' },
  { name: 'Newsweek', aliases: [], domain: 'newsweek.com', kind: 'magazine', country: 'US' },
  { name: 'The New Yorker', aliases: ['New Yorker'], domain: 'newyorker.com', kind: 'magazine', country: 'US' },
  { name: 'NHK', aliases: ['NHK World', 'NHK World-Japan'], domain: 'nhk.or.jp', kind: 'broadcaster', country: 'JP' },
  { name: 'NPR', aliases: ['National Public Radio'], domain: 'npr.org', kind: 'broadcaster', country: 'US' },
  { name: 'New Straits Times', aliases: ['NST'], domain: 'nst.com.my', kind: 'news', country: 'MY' },
  { name: 'New York Daily News', aliases: ['NY Daily News'], domain: 'nydailynews.com', kind: 'news', country: 'US' },
  { name: 'New York Post', aliases: ['NY Post'], domain: 'nypost.com', kind: 'news', country: 'US' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'NY Times', 'NYTimes'], domain: 'nytimes.com', kind: 'news', country: 'US', searchUrl: 'https://www.nytimes.com/search?query={query}', wireCredits: ['NEW YORK TIMES', 'NYT', 'NYTIMES', 'THE NEW YORK TIMES'] },
  { name: 'The New Zealand Herald', aliases: ['New Zealand Herald', 'NZ Herald'], domain: 'nzherald.co.nz', kind: 'news', country: 'NZ' },
  { name: 'Orlando Sentinel', aliases: [], domain: 'orlandosentinel.com', kind: 'news', country: 'US' },
  { name: 'Outlook', aliases: ['Outlook India'], domain: 'outlookindia.com', commonWords: true, kind: 'magazine', country: 'IN' },
  // the Press Association renamed itself PA Media
  { name: 'PA Media', aliases: ['Press Association', 'PA Wire'], domain: 'pa.media', kind: 'wire', country: 'GB', wireCredits: ['PA', 'PA MEDIA', 'PA WIRE'] },
  { name: 'PBS News', aliases: ['PBS NewsHour', 'PBS'], domain: 'pbs.org', kind: 'broadcaster', country: 'US' },
  { name: 'People', aliases: [], domain: 'people.com', commonWords: true, kind: 'magazine', country: 'US' },
  { name: 'The Philippine Star', aliases: ['Philippine Star', 'Philstar.com'], domain: 'philstar.com', kind: 'news', country: 'PH' },
  { name: 'Philippine News Agency', aliases: ['PNA'], domain: 'pna.gov.ph', kind: 'wire', country: 'PH' },
  { name: 'Politico', aliases: [], domain: 'politico.com', otherDomains: ['politico.eu'], commonWords: true, kind: 'news', country: 'US', searchUrl: 'https://www.politico.com/search?q={query}' },
  { name: 'Premium Times', aliases: [], domain: 'premiumtimesng.com', kind: 'news', country: 'NG' },
  // press releases, republished whole on finance portals
  { name: 'PR Newswire', aliases: ['Cision PR Newswire'], domain: 'prnewswire.com', kind: 'wire', country: 'US' },
  { name: 'Project Syndicate', aliases: [], domain: 'project-syndicate.org', kind: 'syndicator', country: 'CZ', wireCredits: ['PROJECT SYNDICATE'] },
  // republished under Creative Commons by many papers
  { name: 'ProPublica', aliases: [], domain: 'propublica.org', kind: 'news', country: 'US' },
  { name: 'PTI', aliases: ['Press Trust of India'], domain: 'ptinews.com', kind: 'wire', country: 'IN', wireCredits: ['PTI'] },
  { name: 'Rappler', aliases: [], domain: 'rappler.com', kind: 'news', country: 'PH' },
  { name: 'Reuters', aliases: ['Thomson Reuters'], domain: 'reuters.com', kind: 'wire', country: 'INT', searchUrl: 'https://www.reuters.com/site-search/?query={query}', wireCredits: ['REUTERS'] },
  { name: 'Radio Free Asia', aliases: ['RFA'], domain: 'rfa.org', kind: 'broadcaster', country: 'US' },
  { name: 'RNZ', aliases: ['Radio New Zealand'], domain: 'rnz.co.nz', kind: 'broadcaster', country: 'NZ' },
  { name: 'Rolling Stone', aliases: [], domain: 'rollingstone.com', kind: 'magazine', country: 'US' },
  { name: 'RTÉ', aliases: ['RTE', 'RTÉ News', 'RTE News'], domain: 'rte.ie', kind: 'broadcaster', country: 'IE' },
  { name: 'RTHK', aliases: ['Radio Television Hong Kong'], domain: 'rthk.hk', kind: 'broadcaster', country: 'HK' },
  { name: 'The Sacramento Bee', aliases: ['Sacramento Bee'], domain: 'sacbee.com', kind: 'news', country: 'US' },
  { name: 'SBS News', aliases: ['SBS'], domain: 'sbs.com.au', kind: 'broadcaster', country: 'AU' },
  { name: 'South China Morning Post', aliases: ['SCMP'], domain: 'scmp.com', kind: 'news', country: 'HK', searchUrl: 'https://www.scmp.com/search/{query}', wireCredits: ['SCMP', 'SOUTH CHINA MORNING POST'] },
  { name: 'The Scotsman', aliases: [], domain: 'scotsman.com', kind: 'news', country: 'GB' },
  { name: 'Scroll', aliases: ['Scroll.in'], domain: 'scroll.in', kind: 'news', country: 'IN' },
  { name: 'The Seattle Times', aliases: ['Seattle Times'], domain: 'seattletimes.com', kind: 'news', country: 'US' },
  { name: 'Semafor', aliases: [], domain: 'semafor.com', kind: 'news', country: 'US' },
  { name: 'San Francisco Chronicle', aliases: ['SF Chronicle'], domain: 'sfchronicle.com', kind: 'news', country: 'US' },
  { name: 'Sin Chew Daily', aliases: ['Sin Chew', '星洲日报', '星洲日報'], domain: 'sinchew.com.my', kind: 'news', country: 'MY' },
  { name: 'Sky News Australia', aliases: [], domain: 'skynews.com.au', kind: 'broadcaster', country: 'AU' },
  { name: 'The Sydney Morning Herald', aliases: ['Sydney Morning Herald', 'SMH'], domain: 'smh.com.au', kind: 'news', country: 'AU' },
  { name: 'The Spectator', aliases: [], domain: 'spectator.co.uk', kind: 'magazine', country: 'GB' },
  { name: 'Der Spiegel', aliases: ['Spiegel', 'Spiegel Online'], domain: 'spiegel.de', kind: 'magazine', country: 'DE' },
  // "- Bernama/Sputnik" datelines
  { name: 'Sputnik', aliases: ['Sputnik News'], domain: 'sputnikglobe.com', kind: 'wire', country: 'RU', wireCredits: ['SPUTNIK'] },
  // "This story was produced by X and reviewed and distributed by Stacker"
  { name: 'Stacker', aliases: [], domain: 'stacker.com', kind: 'syndicator', country: 'US' },
  { name: 'Evening Standard', aliases: ['London Evening Standard'], domain: 'standard.co.uk', kind: 'news', country: 'GB' },
  { name: 'Star Tribune', aliases: ['Minneapolis Star Tribune'], domain: 'startribune.com', kind: 'news', country: 'US' },
  { name: 'The Straits Times', aliases: ['Straits Times', 'ST'], domain: 'straitstimes.com', kind: 'news', country: 'SG', searchUrl: 'https://www.straitstimes.com/search?searchkey={query}', wireCredits: ['THE STRAITS TIMES'] },
  { name: 'Stuff', aliases: [], domain: 'stuff.co.nz', commonWords: true, kind: 'news', country: 'NZ' },
  { name: 'SunStar', aliases: [], domain: 'sunstar.com.ph', kind: 'news', country: 'PH' },
  { name: 'Taipei Times', aliases: [], domain: 'taipeitimes.com', kind: 'news', country: 'TW' },
  { name: 'Tampa Bay Times', aliases: [], domain: 'tampabay.com', kind: 'news', country: 'US' },
  { name: 'TASS', aliases: ['ITAR-TASS'], domain: 'tass.com', kind: 'wire', country: 'RU', wireCredits: ['TASS'] },
  { name: 'TechCrunch', aliases: [], domain: 'techcrunch.com', kind: 'news', country: 'US' },
  { name: 'Tech in Asia', aliases: [], domain: 'techinasia.com', kind: 'news', country: 'SG' },
  // "The Daily Telegraph" is left to the Sydney paper
  { name: 'The Telegraph', aliases: ['Telegraph.co.uk', 'The Sunday Telegraph'], domain: 'telegraph.co.uk', kind: 'news', country: 'GB' },
  // its masthead says "The Telegraph", which is the London paper's name here
  { name: 'Telegraph India', aliases: [], domain: 'telegraphindia.com', kind: 'news', country: 'IN' },
  { name: 'Tempo', aliases: ['Tempo.co'], domain: 'tempo.co', commonWords: true, kind: 'magazine', country: 'ID' },
  { name: 'The Age', aliases: [], domain: 'theage.com.au', commonWords: true, kind: 'news', country: 'AU' },
  { name: 'The Atlantic', aliases: [], domain: 'theatlantic.com', commonWords: true, kind: 'magazine', country: 'US' },
  { name: 'The Australian', aliases: [], domain: 'theaustralian.com.au', commonWords: true, kind: 'news', country: 'AU' },
  { name: 'The Borneo Post', aliases: ['Borneo Post'], domain: 'theborneopost.com', kind: 'news', country: 'MY' },
  { name: 'The Canadian Press', aliases: ['Canadian Press'], domain: 'thecanadianpress.com', kind: 'wire', country: 'CA', wireCredits: ['CANADIAN PRESS', 'CP', 'THE CANADIAN PRESS'] },
  // republished under Creative Commons with "This article is republished from The Conversation"
  { name: 'The Conversation', aliases: [], domain: 'theconversation.com', commonWords: true, kind: 'syndicator', country: 'AU' },
  { name: 'The Daily Beast', aliases: ['Daily Beast'], domain: 'thedailybeast.com', kind: 'news', country: 'US' },
  // the Bangladeshi paper
  { name: 'The Daily Star', aliases: [], domain: 'thedailystar.net', kind: 'news', country: 'BD' },
  // theedgemarkets.com was its name until 2023
  { name: 'The Edge Malaysia', aliases: ['Edge Malaysia', 'The Edge Markets'], domain: 'theedgemalaysia.com', otherDomains: ['theedgemarkets.com'], kind: 'magazine', country: 'MY' },
  { name: 'The Edge Singapore', aliases: ['Edge Singapore'], domain: 'theedgesingapore.com', kind: 'magazine', country: 'SG' },
  { name: 'The Globe and Mail', aliases: ['Globe and Mail'], domain: 'theglobeandmail.com', kind: 'news', country: 'CA' },
  // one outlet with UK, US and Australia editions
  { name: 'The Guardian', aliases: ['Guardian', 'Guardian Australia', 'Guardian US'], domain: 'theguardian.com', kind: 'news', country: 'GB' },
  { name: 'The Hill', aliases: [], domain: 'thehill.com', commonWords: true, kind: 'news', country: 'US' },
  { name: 'The Hindu', aliases: [], domain: 'thehindu.com', kind: 'news', country: 'IN' },
  { name: 'BusinessLine', aliases: ['The Hindu BusinessLine', 'Hindu BusinessLine'], domain: 'thehindubusinessline.com', kind: 'news', country: 'IN' },
  { name: 'The Independent Singapore', aliases: ['Independent Singapore'], domain: 'theindependent.sg', kind: 'news', country: 'SG' },
  { name: 'The Jakarta Post', aliases: ['Jakarta Post'], domain: 'thejakartapost.com', kind: 'news', country: 'ID' },
  { name: 'TheJournal.ie', aliases: [], domain: 'thejournal.ie', kind: 'news', country: 'IE' },
  { name: 'The Malaysian Reserve', aliases: [], domain: 'themalaysianreserve.com', kind: 'news', country: 'MY' },
  { name: 'The National', aliases: ['The National News'], domain: 'thenationalnews.com', commonWords: true, kind: 'news', country: 'AE' },
  // an original outlet, though it also auto-publishes PTI copy with a credit
  { name: 'ThePrint', aliases: [], domain: 'theprint.in', kind: 'news', country: 'IN' },
  { name: 'The Quint', aliases: [], domain: 'thequint.com', kind: 'news', country: 'IN' },
  { name: 'The Standard', aliases: ['The Standard HK'], domain: 'thestandard.com.hk', commonWords: true, kind: 'news', country: 'HK' },
  // not The Star of Malaysia (thestar.com.my)
  { name: 'Toronto Star', aliases: ['The Toronto Star'], domain: 'thestar.com', kind: 'news', country: 'CA' },
  { name: 'The Star', aliases: ['The Star Malaysia', 'The Star Online'], domain: 'thestar.com.my', commonWords: true, kind: 'news', country: 'MY' },
  { name: 'The Sun', aliases: [], domain: 'thesun.co.uk', commonWords: true, kind: 'news', country: 'GB' },
  // moved from thetimes.co.uk in 2024
  { name: 'The Times', aliases: ['The Times of London', 'The Sunday Times'], domain: 'thetimes.com', otherDomains: ['thetimes.co.uk'], commonWords: true, kind: 'news', country: 'GB' },
  { name: 'The Verge', aliases: [], domain: 'theverge.com', kind: 'news', country: 'US' },
  { name: 'The Vibes', aliases: [], domain: 'thevibes.com', kind: 'news', country: 'MY' },
  { name: 'The West Australian', aliases: ['West Australian'], domain: 'thewest.com.au', kind: 'news', country: 'AU' },
  { name: 'The Wire', aliases: [], domain: 'thewire.in', kind: 'news', country: 'IN' },
  { name: 'TIME', aliases: ['Time magazine'], domain: 'time.com', kind: 'magazine', country: 'US' },
  { name: 'The Times of India', aliases: ['Times of India', 'TOI'], domain: 'timesofindia.indiatimes.com', kind: 'news', country: 'IN' },
  { name: 'The Times of Israel', aliases: ['Times of Israel'], domain: 'timesofisrael.com', kind: 'news', country: 'IL' },
  { name: 'The New Paper', aliases: ['New Paper', 'TNP'], domain: 'tnp.sg', kind: 'news', country: 'SG' },
  { name: 'TODAY', aliases: ['TODAYonline', 'Today Online'], domain: 'todayonline.com', commonWords: true, kind: 'news', country: 'SG' },
  { name: 'The Express Tribune', aliases: ['Express Tribune'], domain: 'tribune.com.pk', kind: 'news', country: 'PK' },
  // Tribune News Service is distributed by Tribune Content Agency and has no site of its own
  { name: 'Tribune Content Agency', aliases: ['Tribune News Service', 'TNS'], domain: 'tribunecontentagency.com', kind: 'syndicator', country: 'US', wireCredits: ['TRIBUNE CONTENT AGENCY', 'TRIBUNE NEWS SERVICE'] },
  // its staff byline "Tribune News Service" is left to the US agency; see tribunecontentagency.com
  { name: 'The Tribune', aliases: ['Tribune India'], domain: 'tribuneindia.com', kind: 'news', country: 'IN' },
  { name: 'UPI', aliases: ['United Press International'], domain: 'upi.com', kind: 'wire', country: 'US', wireCredits: ['UPI'] },
  // also stands for the Gannett / USA TODAY Network papers
  { name: 'USA Today', aliases: ['USA TODAY Network', 'Gannett'], domain: 'usatoday.com', kind: 'news', country: 'US', searchUrl: 'https://www.usatoday.com/search/?q={query}', wireCredits: ['USA TODAY', 'USA TODAY NETWORK'] },
  { name: 'U.S. News & World Report', aliases: ['US News & World Report'], domain: 'usnews.com', kind: 'magazine', country: 'US' },
  { name: 'Variety', aliases: [], domain: 'variety.com', commonWords: true, kind: 'magazine', country: 'US' },
  { name: 'VnExpress', aliases: ['VnExpress International'], domain: 'vnexpress.net', kind: 'news', country: 'VN' },
  { name: 'Voice of America', aliases: ['VOA', 'VOA News'], domain: 'voanews.com', kind: 'broadcaster', country: 'US' },
  { name: 'Vox', aliases: [], domain: 'vox.com', commonWords: true, kind: 'news', country: 'US' },
  { name: 'Vulcan Post', aliases: [], domain: 'vulcanpost.com', kind: 'news', country: 'SG' },
  { name: 'The Washington Post', aliases: ['Washington Post', 'WaPo'], domain: 'washingtonpost.com', kind: 'news', country: 'US', searchUrl: 'https://www.washingtonpost.com/search/?query={query}', wireCredits: ['THE WASHINGTON POST', 'WASHINGTON POST'] },
  { name: 'The Washington Times', aliases: ['Washington Times'], domain: 'washingtontimes.com', kind: 'news', country: 'US' },
  { name: 'WAtoday', aliases: [], domain: 'watoday.com.au', kind: 'news', country: 'AU' },
  { name: 'WION', aliases: [], domain: 'wionews.com', kind: 'broadcaster', country: 'IN' },
  { name: 'WIRED', aliases: [], domain: 'wired.com', kind: 'magazine', country: 'US' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], domain: 'wsj.com', kind: 'news', country: 'US', searchUrl: 'https://www.wsj.com/search?query={query}', wireCredits: ['THE WALL STREET JOURNAL', 'WALL STREET JOURNAL', 'WSJ'] },
  { name: 'Yonhap News Agency', aliases: ['Yonhap', '연합뉴스'], domain: 'yna.co.kr', kind: 'wire', country: 'KR', wireCredits: ['YONHAP'] },
  { name: 'The Yomiuri Shimbun', aliases: ['Yomiuri Shimbun', 'The Japan News', '読売新聞'], domain: 'yomiuri.co.jp', kind: 'news', country: 'JP' },
  { name: 'Lianhe Zaobao', aliases: ['Zaobao', '联合早报', '聯合早報'], domain: 'zaobao.com.sg', otherDomains: ['zaobao.com'], kind: 'news', country: 'SG' },
  { name: 'Zee News', aliases: [], domain: 'zeenews.india.com', kind: 'broadcaster', country: 'IN' },
];
