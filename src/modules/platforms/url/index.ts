// The URL library's public face: canonical URLs and hosts, registrable domains, links in free text.
export { canonicaliseHost, canonicaliseUrl, isUrlError, lookupNames, registrableDomainOf, MAX_URL_LENGTH, TRACKING_PARAMETERS, TRACKING_PARAMETER_PREFIXES, UrlError, type CanonicalUrl } from './canonicalise.ts';
export { extractLinks, MAX_LINKS, MAX_TEXT_LENGTH } from './extract-links.ts';
