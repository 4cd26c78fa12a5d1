import path from 'node:path';

/** The agent bundle, built by `npm run build` into api/dist/agent (the same place from src/ and dist/). */
export const AGENT_BUNDLE = path.resolve(__dirname, '../../dist/agent/heliosphere-agent.js');
