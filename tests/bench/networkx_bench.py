"""networkx side of `npm run bench`: the same work as chipgraph on the same files.

Usage: networkx_bench.py GEXF PAIRS_JSON RUNS K_SHORTEST (1 or 0)
Prints JSON: milliseconds per run (or per query) for read_gexf, write_gexf, pagerank,
shortest_path and 5 shortest simple paths.
"""
import io
import itertools
import json
import sys
import time

import networkx as nx


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def main():
    path, pairs_json, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    k_shortest = sys.argv[4] == "1"
    pairs = json.loads(pairs_json)
    out = {"version": nx.__version__, "read": [], "write": [], "pagerank": [], "shortest": [], "k5": []}
    graph = None
    for _ in range(runs):
        # The synthetic files are GEXF 1.3; networkx reads 1.2draft unless told.
        ms, graph = timed(lambda: nx.read_gexf(path, version="1.3"))
        out["read"].append(ms)
    for _ in range(runs):
        out["write"].append(timed(lambda: nx.write_gexf(graph, io.BytesIO(), version="1.3"))[0])
    for _ in range(runs):
        out["pagerank"].append(timed(lambda: nx.pagerank(graph.to_undirected(as_view=True)))[0])
    # Multigraphs are not accepted by shortest_simple_paths: a simple DiGraph view of the same ties.
    simple = nx.DiGraph(graph)
    for source, target in pairs:
        def shortest():
            try:
                return nx.shortest_path(simple, source, target)
            except nx.NetworkXNoPath:
                return None
        out["shortest"].append(timed(shortest)[0])
    for source, target in pairs[:10] if k_shortest else []:
        def k5():
            try:
                return list(itertools.islice(nx.shortest_simple_paths(simple, source, target), 5))
            except nx.NetworkXNoPath:
                return None
        out["k5"].append(timed(k5)[0])
    print(json.dumps(out))


main()
