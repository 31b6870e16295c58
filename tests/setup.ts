// type-graphql's decorators need the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
