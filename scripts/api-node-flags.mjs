// Node flags for the API process (npm start, the Docker image's and docker-compose's api command, the
// benches). A larger young generation means fewer scavenges for a server that makes many short-lived
// objects per request: measured with `npm run bench:signup`, about 7% less CPU per signup, for up to
// ~50 MB more memory. Worker processes keep the default: an import must stay under 400 MB.
export const API_NODE_FLAGS = ['--max-semi-space-size=32'];
