"""networkx side of `npm run bench`: the same work as chipgraph on the same files.

Usage: networkx_bench.py GEXF PAIRS_JSON RUNS K_SHORTEST (1 or 0)
Prints JSON: milliseconds per run (or per query) for read_gexf, write_gexf, pagerank,
shortest_path and 5 shortest simple paths.
"""
import io
import itertools
import json
import sys
import tempfile
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
    # The synthetic files are GEXF 1.3. networkx reads 1.2draft unless told, and releases before
    # 3.x (Debian's 2.8) know no 1.3: they read a copy in the 1.2draft namespace (same content).
    version = "1.3"
    if version not in nx.readwrite.gexf.GEXF.versions:
        version = "1.2draft"
        with open(path, encoding="utf-8") as source:
            text = source.read()
        text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
        text = text.replace('version="1.3"', 'version="1.2"', 1)
        copy = tempfile.NamedTemporaryFile("w", suffix=".gexf", delete=False, encoding="utf-8")
        with copy:
            copy.write(text)
        path = copy.name
    for _ in range(runs):
        ms, graph = timed(lambda: nx.read_gexf(path, version=version))
        out["read"].append(ms)
    for _ in range(runs):
        out["write"].append(timed(lambda: nx.write_gexf(graph, io.BytesIO(), version=version))[0])
    # networkx's PageRank needs SciPy; without it (Debian's python3-networkx alone), its own
    # pure-Python version runs instead, and the output says so.
    try:
        import scipy  # noqa: F401

        pagerank = nx.pagerank
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as pagerank

        out["pagerank_note"] = "pure-Python PageRank (no SciPy)"
    for _ in range(runs):
        out["pagerank"].append(timed(lambda: pagerank(graph.to_undirected(as_view=True)))[0])
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
