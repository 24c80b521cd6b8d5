// The report prints with Debian's Chromium (scripts/setup.sh installs it); puppeteer must never
// download a browser of its own: the machines that build the report reach no browser download host.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, 'chrome-headless-shell': { skipDownload: true } };
