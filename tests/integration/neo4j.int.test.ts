import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

describe("the Neo4j of the test run", () => {
  let driver: Driver;

  beforeAll(async () => {
    const { uri, user, password } = inject("neo4j");
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("answers a query", async () => {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    expect(records[0]?.get("one").toNumber()).toBe(1);
  });

  it("keeps a node it is given", async () => {
    const marker = `neo4j-int-${process.pid}-${Date.now()}`;
    await driver.executeQuery("CREATE (:ProvisioningCheck {marker: $marker, at: datetime()})", { marker });
    const { records } = await driver.executeQuery(
      "MATCH (n:ProvisioningCheck {marker: $marker}) RETURN n.marker AS marker, count(*) AS copies",
      { marker },
      { routing: neo4j.routing.READ },
    );
    expect(records[0]?.get("marker")).toBe(marker);
    expect(records[0]?.get("copies").toNumber()).toBe(1);
    await driver.executeQuery("MATCH (n:ProvisioningCheck {marker: $marker}) DELETE n", { marker });
  });
});
