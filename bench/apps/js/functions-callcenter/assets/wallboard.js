/* global Twilio */
// Browser script served as a public asset: subscribes to the active-calls map.
(async function () {
  const response = await fetch("/sync/token?identity=wallboard-" + Math.random().toString(36).slice(2));
  const { token } = await response.json();
  const client = new Twilio.Sync.Client(token);
  const map = await client.map("active-calls");
  const render = (items) => {
    document.getElementById("calls").textContent = items.map((item) => item.key + " " + item.data.status).join("\n");
  };
  const page = await map.getItems();
  render(page.items);
  map.on("itemUpdated", async () => render((await map.getItems()).items));
})();
