import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { RELATION_TYPES, type RelationType } from "../../extract/types.js";
import { isLocation, type NetworkRecord } from "../../graph/analysis.js";
import { checkRange } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { RelationTypeEnum } from "../types/enums.js";
import { Network } from "../types/network.type.js";

const MAX_NETWORK_DEPTH = 3;
/**
 * A network is a graph to draw, not a list to page through: a page of nodes without the edges among
 * them cannot be drawn, and the next ring is asked as another actor's network. So it is capped
 * instead: at most MAX_NODES nodes (or maxNodes), and MAX_EDGES edges among them.
 */
const MAX_NODES = 500;
const MAX_EDGES = 2000;

@Resolver()
export class NetworkResolver {
  @Query(() => Network, {
    nullable: true,
    description: `An actor's neighbourhood within depth (1..${MAX_NETWORK_DEPTH}) relations, as Cytoscape.js elements: at most maxNodes (1..${MAX_NODES}) nodes, nearest first, and ${MAX_EDGES} edges among them, most claims first. Null for an unknown actor.`,
  })
  async network(
    @Ctx() { repository }: ApiContext,
    @Arg("actor", () => ID) actor: string,
    @Arg("depth", () => Int, { nullable: true, defaultValue: 1 }) depth: number | null,
    @Arg("relations", () => [RelationTypeEnum], { nullable: true, description: "Default: every relation." }) relations: RelationType[] | null,
    @Arg("maxNodes", () => Int, { nullable: true, defaultValue: MAX_NODES, description: `Nodes to keep, the actor included, 1 to ${MAX_NODES}.` })
    maxNodes: number | null,
  ): Promise<Network | null> {
    const found = await repository.network({
      id: actor,
      depth: checkRange("depth", depth ?? 1, 1, MAX_NETWORK_DEPTH),
      relations: relations?.length ? relations : [...RELATION_TYPES],
      maxNodes: checkRange("maxNodes", maxNodes ?? MAX_NODES, 1, MAX_NODES),
      maxEdges: MAX_EDGES,
    });
    return found && toElements(found);
  }
}

function toElements(network: NetworkRecord): Network {
  return {
    nodes: network.nodes.map((node) => ({
      data: isLocation(node)
        ? { id: node.id, label: node.name, kind: "location", type: node.type, lat: node.lat, lon: node.lon }
        : { id: node.id, label: node.name, kind: "actor", type: node.type, lat: null, lon: null },
    })),
    edges: network.edges.map((edge) => ({
      data: {
        id: `${edge.type}:${edge.source}->${edge.target}`,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        kinds: edge.kinds,
        claims: edge.claims,
        hedged: edge.hedged,
        firstDate: edge.firstDate,
        lastDate: edge.lastDate,
      },
    })),
    truncated: network.reachable > network.nodes.length || network.edgesReachable > network.edges.length,
  };
}
