/** The most entries an audit log download collects; past it the download says it was capped. */
export const AUDIT_DOWNLOAD_LIMIT = 50_000;
