package cn.gongzhi.registry;

/**
 * Published after a registry record is created or changed; listeners (identity sync) act once the change commits.
 *
 * @param kind the record kind, e.g. {@code committee-members}
 * @param id the record's id
 */
public record RegistryChanged(String kind, Long id) {}
