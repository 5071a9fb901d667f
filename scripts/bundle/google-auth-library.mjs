// Stands in for google-auth-library in the server bundle (scripts/build.mjs). @google/genai imports it
// for Vertex AI's Application Default Credentials, and constructs it only when no API key is given; the
// server always passes one (GEMINI_API_KEY, or the emulator's), so the library (about 5 MB of RSS at idle,
// with gaxios and gcp-metadata) is never used.
export class GoogleAuth {
  constructor() {
    throw new Error(
      "This server talks to the Gemini API with an API key (GEMINI_API_KEY); Google Cloud credentials are not supported",
    );
  }
}
