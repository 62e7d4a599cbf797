// Node flags for the production server processes (npm start, the benches; the Dockerfile sets the same
// in NODE_OPTIONS). A larger young generation means fewer scavenges for a server that makes many
// short-lived objects per request: measured with `npm run bench:signup`, about 7% less CPU per signup
// than the default, for up to ~100 MB more memory at peak.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];
