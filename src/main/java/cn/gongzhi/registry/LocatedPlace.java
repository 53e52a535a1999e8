package cn.gongzhi.registry;

/**
 * Where a point lies, by the registry's boundaries ({@link LocationRouter}).
 *
 * @param communityCode the community whose boundary contains the point
 * @param communityName its name
 * @param gridCode the grid of that community containing the point; null when none of its grids does
 * @param gridName the grid's name; null without a grid
 */
public record LocatedPlace(String communityCode, String communityName, String gridCode, String gridName) {}
