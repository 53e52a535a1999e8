package cn.gongzhi.shared;

/** A record asked for by id or code does not exist. Answered as 404 problem details. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kindLabel, Object key) {
        super(kindLabel + "不存在：" + key);
    }
}
