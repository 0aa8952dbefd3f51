/**
 * Public suffixes under which news sites register their domains, where a site's name is the third
 * (or fourth) label: "bbc.co.uk", "straitstimes.com.sg", a city hall under a Brazilian state's "sc.gov.br".
 * A subset of the Public Suffix List, for the countries our outlets and fixtures come from. Sorted.
 */
export const MULTI_LABEL_SUFFIXES: readonly string[] = [
  'ac.in', 'ac.uk', 'ac.za', 'co.id', 'co.in', 'co.jp', 'co.kr', 'co.nz', 'co.th', 'co.uk', 'co.za',
  'com.ar', 'com.au', 'com.bd', 'com.br', 'com.cn', 'com.co', 'com.eg', 'com.hk', 'com.mx', 'com.my',
  'com.ng', 'com.pe', 'com.ph', 'com.pk', 'com.sa', 'com.sg', 'com.tr', 'com.tw', 'com.ua', 'com.vn',
  'edu.au', 'gov.au', 'gov.br', 'gov.in', 'gov.my', 'gov.ph', 'gov.sg', 'gov.uk',
  'net.au', 'net.br', 'net.in', 'net.my', 'ne.jp', 'or.jp', 'or.kr', 'org.au', 'org.br', 'org.in', 'org.my', 'org.nz',
  'org.uk', 'org.za',
  // Brazilian state governments: city halls register under them ("jaraguadosul.sc.gov.br").
  'ac.gov.br', 'al.gov.br', 'am.gov.br', 'ap.gov.br', 'ba.gov.br', 'ce.gov.br', 'df.gov.br', 'es.gov.br',
  'go.gov.br', 'ma.gov.br', 'mg.gov.br', 'ms.gov.br', 'mt.gov.br', 'pa.gov.br', 'pb.gov.br', 'pe.gov.br',
  'pi.gov.br', 'pr.gov.br', 'rj.gov.br', 'rn.gov.br', 'ro.gov.br', 'rr.gov.br', 'rs.gov.br', 'sc.gov.br',
  'se.gov.br', 'sp.gov.br', 'to.gov.br',
];
