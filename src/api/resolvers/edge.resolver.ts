import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { EVERY_CLAIM } from "../../graph/analysis.js";
import type { EvidenceRecord } from "../../graph/mappers.js";
import type { ApiContext } from "../context.js";
import { ControlEdge } from "../types/control-edge.type.js";
import type { Edge } from "../types/edge.type.js";
import { Evidence } from "../types/evidence.type.js";
import { RelationEdge } from "../types/relation-edge.type.js";

/** Every edge type resolves its evidence the same way: from the claims behind its (type, source, target). */
function edgeEvidenceResolver(edgeType: ClassType<Edge>) {
  @Resolver(() => edgeType)
  class EdgeEvidenceResolver {
    @FieldResolver(() => [Evidence], { description: "The passages that assert this edge, oldest first." })
    evidence(@Root() edge: Edge, @Ctx() { loaders }: ApiContext): Promise<EvidenceRecord[]> {
      return loaders.evidence.load({ type: edge.type, source: edge.source, target: edge.target, filter: EVERY_CLAIM });
    }
  }
  return EdgeEvidenceResolver;
}

export const RelationEdgeResolver = edgeEvidenceResolver(RelationEdge);
export const ControlEdgeResolver = edgeEvidenceResolver(ControlEdge);
