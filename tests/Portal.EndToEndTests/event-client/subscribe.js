// Subscribes to Portal's live event hub and prints one line per thing that happens, for the end-to-end tests:
//   connected | subscribed <topic> | event <JSON> | error <message>
// Usage: PORTAL_API_KEY=pk_... node subscribe.js <portal URL> <topic> [<topic> ...]
// A topic is all, agent:<user>, campaign:<id> or usergroup:<id>. The key is read from the environment, never
// from the command line, so it does not show in process lists.
"use strict";
const signalR = require("@microsoft/signalr");

const methods = { agent: "SubscribeAgent", campaign: "SubscribeCampaign", usergroup: "SubscribeUserGroup" };

async function main() {
  const [portalUrl, ...topics] = process.argv.slice(2);
  const apiKey = process.env.PORTAL_API_KEY;
  if (!portalUrl || topics.length === 0 || !apiKey) {
    throw new Error("usage: PORTAL_API_KEY=pk_... node subscribe.js <portal URL> <topic> [<topic> ...]");
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(new URL("hubs/events", portalUrl).toString(), { headers: { Authorization: `Bearer ${apiKey}` } })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("event", (event) => console.log(`event ${JSON.stringify(event)}`));
  connection.onclose((error) => {
    console.log(`error connection closed${error ? `: ${error.message}` : ""}`);
    process.exit(1);
  });
  process.on("SIGTERM", () => connection.stop().finally(() => process.exit(0)));

  await connection.start();
  console.log("connected");
  for (const topic of topics) {
    const [kind, ...rest] = topic.split(":");
    const subscribed = kind === "all"
      ? await connection.invoke("SubscribeAll")
      : await connection.invoke(methods[kind] ?? `unknown topic kind ${kind}`, rest.join(":"));
    console.log(`subscribed ${subscribed}`);
  }
}

main().catch((error) => {
  console.log(`error ${error.message}`);
  process.exit(1);
});
