package cn.gongzhi.registry.web;

/** Optional list filters, bound from the query string; each record kind uses those that apply to it. */
record RecordFilter(Long streetId, Long communityId, Long committeeId) {}
