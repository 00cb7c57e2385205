// Stands in for node-fetch and sync-fetch in the bundles: citation-js fetches a URL only when it is
// given one as input, and the engine hands it file text alone, so the bundles carry no network code.
function noNetwork() {
  throw new Error('casereport reads reference libraries from files only; fetching is disabled');
}
class Headers {}
module.exports = noNetwork;
module.exports.default = noNetwork;
module.exports.Headers = Headers;
