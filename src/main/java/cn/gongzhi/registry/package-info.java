/**
 * The community registry: streets, communities, grids, committees and their members, community workers, Party
 * members, departments and access lists (domain brief §1). {@link cn.gongzhi.registry.RegistryService} is what
 * other modules call, and {@link cn.gongzhi.registry.LocationRouter} to route a point to the community and grid whose
 * boundaries contain it; the REST API lives under {@code /api/registry}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package cn.gongzhi.registry;
